// What the overlay needs to know about a flagged text unit. The content script builds it from a site
// adapter's PostUnit, so the overlay does not depend on how adapters walk the DOM.
import type { Finding } from '../engine/types.ts';
import type { MarkAction } from '../components/Popover.tsx';

export interface MarkTarget {
  key: string;
  /** The element the badge sits next to (the comment, the caption block...). */
  anchor: Element;
  /** The video player of a short-video post (TikTok, Shorts, Reels): gets the strip for caption findings. */
  player?: Element | null;
  /** Kind of post part (caption, comment, alt...) that holds a text offset. */
  partKindAt(offset: number): string | undefined;
  /** DOM ranges over the site's own text nodes for a span; [] when the text is in an attribute (alt text). */
  rangesFor(start: number, end: number): Range[];
}

export type ActionHandler = (action: MarkAction, finding: Finding, key: string) => void;

export interface MarkSummary {
  key: string;
  category: Finding['category'];
  severity: Finding['severity'];
  ruleId: string;
  excerpt: string;
  count: number;
}
