// The options page's tabs, in order. Other parts of Vigie register their sections here
// (packs, subscriptions, backup: components/packs/*, components/backup/*): import the section and add it.
import { t } from '../../i18n/index.ts';
import { SettingsSection } from './SettingsSection.tsx';
import type { OptionsSection } from './types.ts';

export type { OptionsSection, SectionProps } from './types.ts';

export const SECTIONS: OptionsSection[] = [
  { id: 'settings', label: (lang) => t('options.tab.settings', lang), component: SettingsSection },
];
