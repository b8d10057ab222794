// UI text of the packs, subscriptions and backup sections (en + fr). Kept beside the sections that use it;
// same `{name}` placeholders as i18n/index.ts. Reasons of failures come from the background in English words.
import type { Lang } from '../../engine/types.ts';

const en = {
  'packs.tab': 'Rule packs',
  'packs.intro': 'Each pack is a set of rules with its own examples. Turn packs or single rules off here.',
  'packs.title': 'Pack',
  'packs.version': 'Version',
  'packs.languages': 'Languages',
  'packs.license': 'Licence',
  'packs.reviewer': 'Reviewed by',
  'packs.notReviewed': 'Not reviewed by a clinician yet',
  'packs.origin': 'Comes from',
  'packs.origin.bundled': 'Built into Vigie',
  'packs.origin.file': 'A file you imported',
  'packs.origin.subscription': 'Subscription',
  'packs.checks': 'Last / next check',
  'packs.never': 'never',
  'packs.enabled': 'On',
  'packs.toggle': 'Use the pack {title}',
  'packs.rules': 'Rules ({count})',
  'packs.rule.toggle': 'Use the rule {title}',
  'packs.rollback': 'Go back to {version}',
  'packs.rolledBack': '{title}: back to the previous version.',
  'packs.checkNow': 'Check for updates now',
  'packs.checking': 'Checking…',
  'packs.checked': 'Checked: {activated} update(s) activated.',
  'packs.import': 'Import a pack file',
  'packs.import.help': 'Choose the pack file (.json) and its signature (.json.sig) together.',
  'packs.import.pick': 'Pack file and signature',
  'packs.import.missing': 'Choose a .json pack file (with its .json.sig signature).',
  'packs.import.done': 'Activated {id} {version}.',
  'packs.none': 'No packs.',
  'packs.loading': 'Loading…',
  'packs.rules.count': '{rules} rules in {packs} packs are active.',
  'subs.tab': 'Subscriptions',
  'subs.intro':
    'Subscribe to packs published by maintainers. Vigie checks the signature and runs every rule’s examples before a new version replaces the old one.',
  'subs.add': 'Subscribe',
  'subs.url': 'Address of the published site',
  'subs.denied': 'Vigie needs your permission to fetch from {origin}. Nothing was added.',
  'subs.none': 'No subscriptions yet.',
  'subs.remove': 'Remove {url}',
  'subs.status.new': 'Not checked yet',
  'subs.status.ok': 'Up to date',
  'subs.status.failed': 'Last check failed',
  'subs.packs': 'Packs: {ids}',
  'subs.checkOne': 'Check now',
  'keys.title': 'Trusted keys',
  'keys.intro': 'Vigie activates a downloaded pack only when one of these keys signed it.',
  'keys.builtIn': 'built in',
  'keys.name': 'Name',
  'keys.key': 'Public key (base64)',
  'keys.add': 'Trust this key',
  'keys.remove': 'Stop trusting {name}',
  'backup.tab': 'Your data',
  'backup.export': 'Export my data',
  'backup.export.help':
    'One JSON file with your settings, subscriptions, trusted keys, feedback and reports.',
  'backup.import': 'Import a backup',
  'backup.import.done':
    'Imported: {subscriptions} subscription(s), {keys} key(s), {feedback} feedback item(s), {reports} report(s).',
  'backup.delete': 'Delete all my data…',
  'backup.delete.help':
    'Removes your reports, feedback, settings, subscriptions and added keys. Packs go back to those built into Vigie.',
  'backup.delete.confirm': 'Yes, delete everything',
  'backup.delete.ask': 'This cannot be undone. Export your data first if you may want it back.',
  'backup.delete.cancel': 'Cancel',
  'backup.deleted': 'All your data was deleted.',
} as const;

export type PackKey = keyof typeof en;

const fr: Record<PackKey, string> = {
  'packs.tab': 'Paquets de règles',
  'packs.intro':
    'Chaque paquet est un ensemble de règles avec leurs propres exemples. Désactivez ici des paquets ou des règles.',
  'packs.title': 'Paquet',
  'packs.version': 'Version',
  'packs.languages': 'Langues',
  'packs.license': 'Licence',
  'packs.reviewer': 'Relu par',
  'packs.notReviewed': 'Pas encore relu par un soignant',
  'packs.origin': 'Provenance',
  'packs.origin.bundled': 'Inclus dans Vigie',
  'packs.origin.file': 'Un fichier importé',
  'packs.origin.subscription': 'Abonnement',
  'packs.checks': 'Dernière / prochaine vérification',
  'packs.never': 'jamais',
  'packs.enabled': 'Actif',
  'packs.toggle': 'Utiliser le paquet {title}',
  'packs.rules': 'Règles ({count})',
  'packs.rule.toggle': 'Utiliser la règle {title}',
  'packs.rollback': 'Revenir à {version}',
  'packs.rolledBack': '{title} : retour à la version précédente.',
  'packs.checkNow': 'Chercher des mises à jour',
  'packs.checking': 'Vérification…',
  'packs.checked': 'Vérifié : {activated} mise(s) à jour activée(s).',
  'packs.import': 'Importer un fichier de paquet',
  'packs.import.help': 'Choisissez ensemble le fichier du paquet (.json) et sa signature (.json.sig).',
  'packs.import.pick': 'Fichier du paquet et signature',
  'packs.import.missing': 'Choisissez un fichier de paquet .json (avec sa signature .json.sig).',
  'packs.import.done': '{id} {version} activé.',
  'packs.none': 'Aucun paquet.',
  'packs.loading': 'Chargement…',
  'packs.rules.count': '{rules} règles actives dans {packs} paquets.',
  'subs.tab': 'Abonnements',
  'subs.intro':
    'Abonnez-vous aux paquets publiés par des mainteneurs. Vigie vérifie la signature et les exemples de chaque règle avant qu’une nouvelle version remplace l’ancienne.',
  'subs.add': 'S’abonner',
  'subs.url': 'Adresse du site publié',
  'subs.denied': 'Vigie a besoin de votre autorisation pour accéder à {origin}. Rien n’a été ajouté.',
  'subs.none': 'Aucun abonnement.',
  'subs.remove': 'Retirer {url}',
  'subs.status.new': 'Pas encore vérifié',
  'subs.status.ok': 'À jour',
  'subs.status.failed': 'La dernière vérification a échoué',
  'subs.packs': 'Paquets : {ids}',
  'subs.checkOne': 'Vérifier',
  'keys.title': 'Clés de confiance',
  'keys.intro': 'Vigie n’active un paquet téléchargé que s’il est signé par l’une de ces clés.',
  'keys.builtIn': 'intégrée',
  'keys.name': 'Nom',
  'keys.key': 'Clé publique (base64)',
  'keys.add': 'Faire confiance à cette clé',
  'keys.remove': 'Ne plus faire confiance à {name}',
  'backup.tab': 'Vos données',
  'backup.export': 'Exporter mes données',
  'backup.export.help':
    'Un fichier JSON avec vos réglages, abonnements, clés de confiance, retours et signalements.',
  'backup.import': 'Importer une sauvegarde',
  'backup.import.done':
    'Importé : {subscriptions} abonnement(s), {keys} clé(s), {feedback} retour(s), {reports} signalement(s).',
  'backup.delete': 'Supprimer toutes mes données…',
  'backup.delete.help':
    'Supprime vos signalements, retours, réglages, abonnements et clés ajoutées. Les paquets reviennent à ceux inclus dans Vigie.',
  'backup.delete.confirm': 'Oui, tout supprimer',
  'backup.delete.ask': 'C’est définitif. Exportez d’abord vos données si vous voulez pouvoir les récupérer.',
  'backup.delete.cancel': 'Annuler',
  'backup.deleted': 'Toutes vos données ont été supprimées.',
};

const CATALOG: Record<Lang, Record<PackKey, string>> = { en, fr };

export function tp(key: PackKey, lang: Lang, params?: Record<string, string | number>): string {
  const raw = CATALOG[lang][key] ?? en[key];
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A date for people, in the UI language; '' when absent. */
export function when(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
