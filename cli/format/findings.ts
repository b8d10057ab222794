// Words and pictures for findings on a terminal: what context did, and where the span is (a caret line).
import type { ContextNote, Finding } from '../../engine/types.ts';

const CONTEXT_WORDS: Record<ContextNote['kind'], (cue: string) => string> = {
  negated: (cue) => `read as negated by '${cue}'`,
  debunked: (cue) => `read as debunking ('${cue}')`,
  hedged: (cue) => `hedged by '${cue}'`,
  question: () => 'asked as a question',
  quoted: () => 'inside quotation marks',
  reported: (cue) => `reported speech ('${cue}')`,
  'first-person': (cue) => `first-person account ('${cue}')`,
  sourced: (cue) => `a verified source is linked (${cue})`,
};

export function contextWords(notes: readonly ContextNote[]): string {
  return [...new Set(notes.map((n) => CONTEXT_WORDS[n.kind]?.(n.cue) ?? n.kind))].join(', ');
}

/** "found nothing: the sentence was read as negated by 'not'" and the like, for a removed finding. */
export function whyRemoved(finding: Finding): string {
  const words = contextWords(finding.context);
  return words ? `the sentence was ${words}` : 'the finding was removed by context';
}

/**
 * The text around [start, end) on one line, with a caret line under the span. Long texts are cut to a
 * window around the span; line breaks are shown as spaces so the caret stays aligned.
 */
export function caretLines(text: string, start: number, end: number, width = 100): string[] {
  const margin = Math.max(10, Math.floor((width - (end - start)) / 2));
  const from = Math.max(0, start - margin);
  const to = Math.min(text.length, end + margin);
  const prefix = from > 0 ? '...' : '';
  const suffix = to < text.length ? '...' : '';
  const line = prefix + text.slice(from, to).replace(/[\r\n\t]/g, ' ') + suffix;
  const caret = ' '.repeat(prefix.length + start - from) + '^'.repeat(Math.max(1, end - start));
  return [line, caret];
}
