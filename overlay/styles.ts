// Styles inside Vigie's shadow root (badges, popover, video strip). The ::highlight() rules cannot live here:
// highlights paint the page's own text, so they are in entrypoints/content/style.css (document scope).
// (Comments stay out of the string, which ships as it is.) The popover's entrance has no opacity: where a tab
// throttles animations the popover must still be readable at once.
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.vg-layer { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.vg-mark, .vg-popwrap, .vg-stripwrap { position: fixed; top: 0; left: 0; }
.vg-popwrap { max-height: min(70vh, 520px); }
.vg-hidden { display: none !important; }
.vg-hidden.vg-new { display: block !important; visibility: hidden !important; }
:host, .vg-root {
  --vg-bg: #ffffff; --vg-fg: #1f2328; --vg-muted: #57606a; --vg-border: #d0d7de; --vg-link: #0a58ca;
  --vg-warning: #b42318; --vg-warning-bg: #fff1ef; --vg-caution: #9a5b00; --vg-caution-bg: #fff7e6;
  --vg-info: #36558f; --vg-info-bg: #eef3fb; --vg-neutral: #2f6f3e; --vg-neutral-bg: #edf7ef;
  --vg-shadow: 0 4px 18px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--vg-fg);
}
@media (prefers-color-scheme: dark) {
  :host, .vg-root {
    --vg-bg: #1e2227; --vg-fg: #e6edf3; --vg-muted: #9da7b3; --vg-border: #3d444d; --vg-link: #7cb7ff;
    --vg-warning: #ff8a80; --vg-warning-bg: #3a1d1b; --vg-caution: #f5c46b; --vg-caution-bg: #3a2d12;
    --vg-info: #9ec1ff; --vg-info-bg: #1d2a3d; --vg-neutral: #8fd19e; --vg-neutral-bg: #18301e;
    --vg-shadow: 0 4px 18px rgba(0,0,0,.6);
  }
}
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible, .vg-pop:focus-visible { outline: 2px solid var(--vg-link); outline-offset: 2px; }
.vg-badge {
  display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px 1px 4px; border-radius: 999px;
  border: 1px solid currentColor; background: var(--vg-bg); font-size: 12px; font-weight: 600; white-space: nowrap;
  box-shadow: 0 1px 3px rgba(0,0,0,.15); transition: transform .12s ease;
}
.vg-badge:hover { transform: translateY(-1px); }
.vg-icon {
  display: inline-flex; align-items: center; justify-content: center; min-width: 16px; height: 16px; padding: 0 3px;
  border-radius: 999px; background: currentColor; font-size: 11px; font-weight: 700; line-height: 1; color: inherit;
}
.vg-badge .vg-icon, .vg-strip .vg-icon, .vg-head .vg-icon { background: none; border: 1.5px solid currentColor; }
.vg-sev-warning, .vg-cat-dangerous-advice { color: var(--vg-warning); }
.vg-sev-caution { color: var(--vg-caution); }
.vg-sev-info { color: var(--vg-info); }
.vg-cat-cites-verified-source { color: var(--vg-neutral); }
.vg-more { font-weight: 400; color: var(--vg-muted); }
.vg-clinician.vg-badge { padding: 0 6px 0 3px; font-size: 11px; }
.vg-pop {
  width: min(360px, calc(100vw - 16px)); max-height: inherit; overflow: auto; padding: 12px 14px;
  background: var(--vg-bg); color: var(--vg-fg); border: 1px solid var(--vg-border); border-left: 4px solid currentColor;
  border-radius: 10px; box-shadow: var(--vg-shadow); animation: vg-in .12s ease-out;
}
.vg-pop * { color: var(--vg-fg); }
.vg-pop.vg-sev-warning, .vg-pop.vg-cat-dangerous-advice { border-left-color: var(--vg-warning); }
.vg-pop.vg-sev-caution { border-left-color: var(--vg-caution); }
.vg-pop.vg-sev-info { border-left-color: var(--vg-info); }
.vg-pop.vg-cat-cites-verified-source { border-left-color: var(--vg-neutral); }
.vg-pop .vg-head .vg-icon { color: inherit; }
.vg-head { display: flex; align-items: center; gap: 8px; }
.vg-head h2 { flex: 1; margin: 0; font-size: 15px; font-weight: 650; }
.vg-close { border: 0; background: none; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
.vg-body p { margin: 8px 0; }
.vg-noticed { color: var(--vg-muted) !important; margin-bottom: 2px !important; }
.vg-excerpt { margin: 4px 0 8px; padding: 4px 8px; border-left: 3px solid var(--vg-border); font-style: italic; }
.vg-pop h3 { margin: 10px 0 2px; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--vg-muted); }
.vg-safety { padding: 6px 8px; border-radius: 6px; background: var(--vg-warning-bg); }
.vg-sources ul { margin: 2px 0; padding-left: 18px; }
.vg-sources a { color: var(--vg-link); }
.vg-checked { color: var(--vg-muted) !important; font-size: 12px; }
.vg-clin { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 8px 0; font-size: 12px; }
.vg-clin dt { color: var(--vg-muted); } .vg-clin dd { margin: 0; }
.vg-claim { font-weight: 600; }
.vg-pager { display: flex; align-items: center; gap: 8px; margin: 8px 0; }
.vg-pager button { border: 1px solid var(--vg-border); background: none; border-radius: 6px; padding: 0 8px; }
.vg-pager button:disabled { opacity: .4; cursor: default; }
.vg-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 6px; }
.vg-actions button { border: 1px solid var(--vg-border); background: none; border-radius: 6px; padding: 3px 8px; font-size: 12px; }
.vg-actions button:hover { border-color: var(--vg-fg); }
.vg-foot { border-top: 1px solid var(--vg-border); margin-top: 6px; padding-top: 6px; font-size: 11.5px; }
.vg-foot p { margin: 2px 0; color: var(--vg-muted) !important; }
.vg-pop.vg-clinician { padding: 8px 10px; font-size: 12px; }
.vg-pop.vg-clinician .vg-head h2 { font-size: 13px; }
.vg-strip {
  display: flex; align-items: center; gap: 8px; width: 100%; padding: 6px 8px; border-radius: 8px;
  background: rgba(20, 20, 24, .82); color: #fff; font-size: 12.5px; backdrop-filter: blur(4px);
}
.vg-strip .vg-icon { color: #ffd27a; }
.vg-strip-text { flex: 1; color: #fff; }
.vg-strip-open { border: 1px solid rgba(255,255,255,.7); background: none; color: #fff; border-radius: 6px; padding: 2px 8px; }
.vg-strip-toggle { border: 0; background: none; color: #fff; padding: 2px 6px; border-radius: 6px; }
.vg-strip-collapsed { width: auto; padding: 2px 4px; }
@keyframes vg-in { from { transform: translateY(-2px); } to { transform: none; } }
@media (prefers-reduced-motion: reduce) {
  .vg-pop { animation: none; } .vg-badge { transition: none; } .vg-badge:hover { transform: none; }
}
`;
