// What a site adapter hands to the rest of Vigie: post units made of text parts, each part mapped back to the
// site's own text nodes (or an attribute value) so the overlay can highlight a finding without touching the DOM.
//
//   page DOM -> adapter.findPosts(root) -> PostUnit[] -> engine.analyze({text, links}) -> findings [start,end)
//   finding offsets are into PostUnit.text; `unitSpanToRanges` (sites/text-walker.ts) turns them into DOM Ranges.
import type { PostLink } from '../engine/types.ts';

export type PartKind =
  'title' | 'caption' | 'hashtags' | 'description' | 'comment' | 'reply' | 'body' | 'alt' | 'snippet';

/**
 * One run of part text that is a verbatim copy of a text node's data (or an attribute value).
 * Characters of the part text not covered by any segment are virtual (a space or newline the walker inserted
 * between blocks, or for a collapsed whitespace run).
 */
export interface TextSegment {
  /** The site's own text node; null for attribute segments. */
  node: Text | null;
  /** Set for text read from an attribute (img alt, aria-label): no Range can be made, the badge is used instead. */
  attr?: { el: Element; name: string };
  /** [start, end) in the PART text. */
  start: number;
  end: number;
  /** Offset in node.data (or the attribute value) where `start` maps; 0 when absent. Length is end - start. */
  nodeStart?: number;
}

export interface TextPart {
  kind: PartKind;
  text: string;
  segments: TextSegment[];
  /**
   * Open shadow roots the walk entered for this text (absent when none): the scanner observes them, since the
   * document's observer does not see changes inside a shadow tree.
   */
  shadows?: ShadowRoot[];
}

export type UnitKind = 'video' | 'post' | 'comment' | 'reply' | 'article' | 'search-result' | 'grid-item';

export interface PostUnit {
  /** Stable id: permalink when known, else site + kind + hash of the text. */
  key: string;
  /** Adapter id. */
  site: string;
  kind: UnitKind;
  parts: TextPart[];
  /** The parts' text joined with '\n'; part i starts at offset partStart[i]. */
  text: string;
  partStart: number[];
  author?: string;
  links: PostLink[];
  permalink?: string;
  /** Where the badge goes (a comment's own element for comments). */
  anchor: Element;
  /** Video player element, for caption findings on TikTok / Shorts / reels. */
  player?: Element;
}

export interface SiteAdapter {
  id: string;
  name: string;
  /** Exact host names, e.g. ['www.tiktok.com', 'tiktok.com']. */
  hosts: string[];
  /** Generic article reader: runs only on hosts the user turned it on for. */
  optIn?: boolean;
  /** Guess from markup when there is no URL (saved pages, CLI). */
  detect(doc: Document): boolean;
  /** Reads only, never writes the DOM. `root` is a Document, an element or a shadow root. */
  findPosts(root: ParentNode): PostUnit[];
  /**
   * The same units one at a time, so the scanner can stop between two posts when its time slice is spent.
   * Keys are not de-duplicated here (findPosts does that for a whole pass).
   */
  iteratePosts?(root: ParentNode): Iterable<PostUnit>;
}
