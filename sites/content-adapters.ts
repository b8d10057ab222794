// The adapters the content script ships with: the sites in its manifest `matches`
// (entrypoints/content/index.ts), plus the generic reader that the background registers on hosts the user
// turns on. Facebook, LinkedIn, Threads and Bluesky stay in sites/index.ts (CLI, tests) until their sites are
// matched: each adapter is a few KB of the content bundle, which has a 60 KB gzip budget.
import type { SiteAdapter } from './types.ts';
import { generic } from './generic.ts';
import { instagram } from './instagram.ts';
import { reddit } from './reddit.ts';
import { tiktok } from './tiktok.ts';
import { x } from './x.ts';
import { youtube } from './youtube.ts';
import { findById, findForHost } from './registry.ts';

export const CONTENT_ADAPTERS: readonly SiteAdapter[] = [tiktok, youtube, x, instagram, reddit, generic];

export const contentAdapterById = (id: string) => findById(CONTENT_ADAPTERS, id);
export const contentAdapterForHost = (host: string) => findForHost(CONTENT_ADAPTERS, host);
