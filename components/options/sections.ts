// The options page's tabs, in order. Other parts of Vigie register their sections here
// (packs, subscriptions, backup: components/packs/*, components/backup/*): import the section and add it.
import { t } from '../../i18n/pages.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { PacksSection } from '../packs/PacksSection.tsx';
import { SubscriptionsSection } from '../packs/SubscriptionsSection.tsx';
import { BackupSection } from '../backup/BackupSection.tsx';
import { tp } from '../packs/strings.ts';
import type { OptionsSection } from './types.ts';

export type { OptionsSection, SectionProps } from './types.ts';

export const SECTIONS: OptionsSection[] = [
  { id: 'settings', label: (lang) => t('options.tab.settings', lang), component: SettingsSection },
  { id: 'packs', label: (lang) => tp('packs.tab', lang), component: PacksSection },
  { id: 'subscriptions', label: (lang) => tp('subs.tab', lang), component: SubscriptionsSection },
  { id: 'backup', label: (lang) => tp('backup.tab', lang), component: BackupSection },
];
