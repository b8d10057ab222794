// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Popover, type MarkAction } from '../../components/Popover.tsx';
import { badgeClick, mountBadge } from '../../components/Badge.tsx';
import { mountStrip, stripClick } from '../../components/VideoStrip.tsx';
import {
  findingTitle,
  safeHref,
  dropSourceNoteBesideNegative,
  orderFindings,
} from '../../components/finding-view.ts';
import { CATEGORIES, type Category, type Lang } from '../../engine/types.ts';
import { finding } from './components-fixtures.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
let box: HTMLElement;

function mount(node: preact.ComponentChild) {
  box = document.createElement('div');
  document.body.append(box);
  act(() => render(node, box));
  return box;
}

afterEach(() => {
  act(() => render(null, box));
  box.remove();
});

describe('Popover', () => {
  it('renders hostile page and pack strings as text, never as HTML', () => {
    const f = finding({
      excerpt: HOSTILE,
      message: { en: `${HOSTILE} message` },
      safety: { en: HOSTILE },
      category: 'dangerous-advice',
      sources: [
        { id: 'x', name: HOSTILE, url: 'https://example.org/a', statement: '', checked: '2026-11-28' },
      ],
      context: [{ kind: 'quoted', cue: HOSTILE, start: 0, end: 1 }],
    });
    const el = mount(
      <Popover
        findings={[f]}
        partKindOf={() => 'caption'}
        mode="clinician"
        lang="en"
        onAction={() => {}}
        onClose={() => {}}
      />,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain(HOSTILE);
  });

  it('links only to http(s) with noopener noreferrer in a new tab', () => {
    const f = finding({
      sources: [
        { id: 'a', name: 'Good', url: 'https://www.who.int/x', statement: '', checked: '2026-11-01' },
        { id: 'b', name: 'Script', url: 'javascript:alert(1)', statement: '', checked: '2026-11-01' },
        { id: 'c', name: 'Data', url: 'data:text/html,hi', statement: '', checked: '2026-11-01' },
      ],
    });
    const el = mount(
      <Popover
        findings={[f]}
        partKindOf={() => 'comment'}
        mode="patient"
        lang="en"
        onAction={() => {}}
        onClose={() => {}}
      />,
    );
    const links = [...el.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.who.int/x']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(el.textContent).toContain('Script');
    expect(el.textContent).toContain('in the comment');
  });

  it('is a labelled dialog, closes on Escape, and sends actions', () => {
    const onClose = vi.fn();
    const onAction = vi.fn<(a: MarkAction) => void>();
    const el = mount(
      <Popover
        findings={[finding()]}
        partKindOf={() => 'caption'}
        mode="patient"
        lang="en"
        onAction={onAction}
        onClose={onClose}
      />,
    );
    const dialog = el.querySelector('[role="dialog"]')!;
    const title = el.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`);
    expect(title?.textContent).toBe('This may be misleading');
    expect(el.querySelector(`#${CSS.escape(dialog.getAttribute('aria-describedby')!)}`)).not.toBeNull();
    expect(document.activeElement).toBe(dialog);
    act(() => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledWith('escape');
    const actions = [...el.querySelectorAll<HTMLButtonElement>('[data-action]')].map((b) => b.dataset.action);
    expect(actions).toEqual(['hide-mark', 'report-wrong', 'hide-rule', 'pause-site']);
    act(() => el.querySelector<HTMLButtonElement>('[data-action="report-wrong"]')!.click());
    expect(onAction.mock.calls[0]![0]).toBe('report-wrong');
  });

  it('shows the footer, review status, and clinician details only in clinician mode', () => {
    const f = finding({ context: [{ kind: 'hedged', cue: 'may', start: 0, end: 3 }] });
    let el = mount(
      <Popover
        findings={[f]}
        partKindOf={() => 'caption'}
        mode="patient"
        lang="en"
        onAction={() => {}}
        onClose={() => {}}
      />,
    );
    expect(el.textContent).toContain('Automated check of the words, not the video. It can be wrong.');
    expect(el.textContent).toContain('Not yet reviewed by a clinician');
    expect(el.querySelector('.vg-clin')).toBeNull();
    act(() => render(null, box));
    box.remove();
    el = mount(
      <Popover
        findings={[f]}
        partKindOf={() => 'caption'}
        mode="clinician"
        lang="fr"
        onAction={() => {}}
        onClose={() => {}}
      />,
    );
    expect(el.querySelector('.vg-clin')?.textContent).toContain('test-rule');
    expect(el.textContent).toContain('nuancé');
    expect(el.textContent).toContain('Ce que disent les sources, simplement.');
  });

  it('says where the words came from with the right article in French', () => {
    const el = mount(
      <Popover
        findings={[finding()]}
        partKindOf={() => 'comment'}
        mode="patient"
        lang="fr"
        onAction={() => {}}
        onClose={() => {}}
      />,
    );
    expect(el.textContent).toContain('Vigie a remarqué ces mots dans le commentaire :');
  });

  it('falls back to the other language for the message', () => {
    const f = finding({ message: { fr: 'Seulement en français.' } });
    const el = mount(
      <Popover
        findings={[f]}
        partKindOf={() => 'caption'}
        mode="patient"
        lang="en"
        onAction={() => {}}
        onClose={() => {}}
      />,
    );
    expect(el.textContent).toContain('Seulement en français.');
  });

  it('pages through several findings', () => {
    const a = finding({ ruleId: 'a' });
    const b = finding({ ruleId: 'b', category: 'oversimplified', severity: 'caution' });
    const el = mount(
      <Popover
        findings={[a, b]}
        partKindOf={() => 'caption'}
        mode="patient"
        lang="en"
        onAction={() => {}}
        onClose={() => {}}
      />,
    );
    expect(el.querySelector('h2')?.textContent).toBe('This may be misleading');
    act(() => el.querySelector<HTMLButtonElement>('[aria-label="Next mark"]')!.click());
    expect(el.querySelector('h2')?.textContent).toBe('This may be oversimplified');
  });
});

describe('titles', () => {
  it('never contain false or fake, in en and fr, for any category', () => {
    for (const lang of ['en', 'fr'] as Lang[])
      for (const category of CATEGORIES as readonly Category[]) {
        const title = findingTitle(finding({ category }), lang);
        expect(title).not.toMatch(/false|fake|faux|fausse/i);
      }
  });

  it('names the source for the neutral note, "a study" for DOI and PubMed', () => {
    expect(findingTitle(finding({ category: 'cites-verified-source' }), 'en')).toBe('Links to WHO');
    const doi = finding({
      category: 'cites-verified-source',
      sources: [{ id: 'doi', name: 'DOI', url: 'https://doi.org/10.1/x', statement: '', checked: '' }],
    });
    expect(findingTitle(doi, 'en')).toBe('Links to a study');
    expect(findingTitle(doi, 'fr')).toBe('Renvoie vers une étude');
  });

  it('drops the source note beside a negative finding and orders by severity', () => {
    const note = finding({ category: 'cites-verified-source', severity: 'info' });
    const neg = finding({ category: 'oversimplified', severity: 'caution' });
    expect(dropSourceNoteBesideNegative([note, neg])).toEqual([neg]);
    expect(dropSourceNoteBesideNegative([note])).toEqual([note]);
    const warn = finding({ severity: 'warning', ruleId: 'w' });
    expect(orderFindings([neg, warn])[0]!.ruleId).toBe('w');
  });

  it('accepts only http(s) links', () => {
    expect(safeHref('https://a.org/x')).toBe('https://a.org/x');
    expect(safeHref('http://a.org/')).toBe('http://a.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});

describe('Badge and strip', () => {
  const wrap = () => {
    box = document.createElement('div');
    box.addEventListener('click', badgeClick);
    box.addEventListener('click', stripClick);
    document.body.append(box);
    return box;
  };

  it('is a button with an icon and a text label, and reports expansion', () => {
    const onOpen = vi.fn();
    const el = wrap();
    const props = {
      category: 'dangerous-advice',
      severity: 'warning',
      more: 2,
      expanded: false,
      mode: 'patient',
      lang: 'en',
      onOpen,
    } as const;
    mountBadge(el, props);
    const btn = el.querySelector('button')!;
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(btn.textContent).toContain('Could be unsafe');
    expect(btn.textContent).toContain('+2');
    expect(btn.querySelector('.vg-icon')).not.toBeNull();
    btn.click();
    expect(onOpen).toHaveBeenCalledWith(btn);
    // An update changes the same button (focus stays on it).
    expect(mountBadge(el, { ...props, expanded: true, more: 0 })).toBe(btn);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(btn.textContent).not.toContain('+2');
  });

  it('words the strip after the caption and collapses', () => {
    const onToggle = vi.fn();
    const el = wrap();
    const props = {
      category: 'contradicts-evidence',
      lang: 'en',
      collapsed: false,
      expanded: false,
      onOpen: () => {},
      onToggle,
    } as const;
    mountStrip(el, props);
    expect(el.textContent).toContain('The caption says something that may be misleading');
    const open = el.querySelector('.vg-strip-open')!;
    mountStrip(el, { ...props, expanded: true });
    expect(el.querySelector('.vg-strip-open')).toBe(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    el.querySelector<HTMLButtonElement>('[aria-label="Collapse the Vigie note"]')!.click();
    expect(onToggle).toHaveBeenCalled();
    mountStrip(el, { ...props, collapsed: true });
    expect(el.querySelector('[aria-label="Show the Vigie note"], .vg-strip-collapsed')).not.toBeNull();
  });
});
