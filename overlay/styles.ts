// Styles inside Vigie's shadow root (badges, popover, video strip), in overlay.css: the build minifies it
// (`?inline` gives the processed text), which a CSS string in a .ts file never was. The ::highlight() rules
// cannot live here: highlights paint the page's own text, so they are in entrypoints/content/style.css
// (document scope). The popover's entrance has no opacity: where a tab throttles animations the popover must
// still be readable at once.
import css from './overlay.css?inline';

export const OVERLAY_CSS: string = css;
