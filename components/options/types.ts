// The contract between the options shell and the sections registered in sections.ts.
import type { ComponentType } from 'preact';
import type { Settings } from '../../common/settings.ts';
import type { Lang } from '../../engine/types.ts';
import type { PageSend } from '../page-api.ts';

export interface SectionProps {
  lang: Lang;
  send: PageSend;
  /** Current settings (null while loading). */
  settings: Settings | null;
  /** Apply a settings patch through the background; resolves with the stored settings or an error sentence. */
  saveSettings(patch: Partial<Settings>): Promise<string | null>;
}

export interface OptionsSection {
  /** Stable id, also the URL hash (#packs) that opens the tab. */
  id: string;
  /** Tab label in the UI language. */
  label(lang: Lang): string;
  component: ComponentType<SectionProps>;
}
