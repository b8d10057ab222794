// Why a pack, a subscription check or an address failed, in English and French. The background records a
// failure as a key and its parameters (a Problem) so that the options page can say it in the reader's language;
// the English sentence is also kept as `reason` for logs, the CLI and older rows. Parameters are file names,
// hosts, versions and technical details (a schema path, an engine message): shown as they are, never as HTML.
import type { Lang } from '../engine/types.ts';
import { format } from './index.ts';

const en = {
  'url.notUrl': 'This address cannot be used: it is not a web address.',
  'url.http': 'This address cannot be used: it must start with https:// (plain http only for localhost).',
  'url.scheme': 'This address cannot be used: it must start with https://.',
  'url.credentials': 'This address cannot be used: it must not contain a user name or password.',
  network: 'Could not reach {host}. Vigie will try again later.',
  timeout: 'The server did not answer within {seconds} seconds. Vigie will try again later.',
  http: 'The server answered with error {status}. Vigie will try again later.',
  tooLarge: 'The file is larger than {kb} KB, far above any real pack: refused.',
  json: '{file} is not valid JSON: it may be damaged or not a Vigie file.',
  'json.download': 'The file is not valid JSON: it may be damaged or not a Vigie file.',
  index: 'The subscription address does not lead to a Vigie site index: index.json {why}.',
  schema: '{file} does not follow the pack format: {why}.',
  signature: 'The signature of {file} does not match: the file may have been changed after signing.',
  'untrusted.key':
    '{file} is signed by a key you do not trust ({key}…). Add that key in options if you trust its maintainers.',
  untrusted: '{file} is not signed by any key you trust.',
  missingSignature: '{file} has no signature file ({file}.sig).',
  hash: '{file} differs from the one the signed index describes (hash mismatch).',
  'mismatch.outside': '{file} does not match the signed index: it lies outside the site.',
  'mismatch.pack': '{file} does not match the signed index: it holds pack {found}, not {expected}.',
  'mismatch.version': '{file} does not match the signed index: it holds version {found}, not {expected}.',
  notNewer:
    'Pack {id} version {version} is not newer than the active version {active}; an older file cannot replace a newer one.',
  rolledBack: 'Pack {id} version {version} was rolled back by you; Vigie waits for a newer one.',
  examples: 'Pack {id} was not activated: its own examples fail in this version of Vigie ({failures}).',
  engine: 'Pack {id} could not be compiled by this version of Vigie: {why}.',
  storage: 'Vigie could not save the update ({why}); the previous rules stay active.',
  'storage.full':
    'Vigie could not save the update (the browser’s storage is full); the previous rules stay active.',
  other: '{text}',
  'notice.sourcesUnreadable':
    'The stored verified-source list was unreadable; Vigie uses the one it ships with.',
  'notice.dbUnreadable':
    'Vigie could not read its database; it uses the packs it ships with until the next start.',
  'notice.packBack': 'The stored pack {id} {version} was damaged; Vigie went back to version {previous}.',
  'notice.packBundled':
    'The stored pack {id} {version} was damaged; Vigie uses the version it ships with ({bundled}).',
  'notice.packLeftOut':
    'The stored pack {id} {version} was damaged and no earlier version is kept; it is left out.',
  'notice.mirror':
    'Vigie could not save your choices in browser storage; they may not reach open pages until a reload.',
  'notice.snapshotStore':
    'Vigie could not save its compiled rules in browser storage; pages ask the background instead.',
  'notice.compile': 'Vigie could not compile the active packs; it uses the packs it ships with for now.',
  'notice.dbOpen':
    'Vigie could not open its database; it uses the packs it ships with and your choices may not be saved.',
} as const;

export type ProblemKey = keyof typeof en;

const fr: Record<ProblemKey, string> = {
  'url.notUrl': 'Cette adresse ne peut pas servir : ce n’est pas une adresse web.',
  'url.http':
    'Cette adresse ne peut pas servir : elle doit commencer par https:// (http simple seulement pour localhost).',
  'url.scheme': 'Cette adresse ne peut pas servir : elle doit commencer par https://.',
  'url.credentials':
    'Cette adresse ne peut pas servir : elle ne doit contenir ni nom d’utilisateur ni mot de passe.',
  network: 'Impossible de joindre {host}. Vigie réessaiera plus tard.',
  timeout: 'Le serveur n’a pas répondu en {seconds} secondes. Vigie réessaiera plus tard.',
  http: 'Le serveur a répondu par l’erreur {status}. Vigie réessaiera plus tard.',
  tooLarge: 'Le fichier dépasse {kb} Ko, bien plus qu’un vrai paquet : refusé.',
  json: '{file} n’est pas du JSON valide : il est peut-être abîmé, ou ce n’est pas un fichier Vigie.',
  'json.download':
    'Le fichier n’est pas du JSON valide : il est peut-être abîmé, ou ce n’est pas un fichier Vigie.',
  index: 'L’adresse d’abonnement ne mène pas à un index de site Vigie : index.json {why}.',
  schema: '{file} ne suit pas le format des paquets : {why}.',
  signature:
    'La signature de {file} ne correspond pas : le fichier a peut-être été modifié après sa signature.',
  'untrusted.key':
    '{file} est signé par une clé que vous n’avez pas approuvée ({key}…). Ajoutez cette clé dans les réglages si vous faites confiance à ses mainteneurs.',
  untrusted: '{file} n’est signé par aucune clé que vous avez approuvée.',
  missingSignature: '{file} n’a pas de fichier de signature ({file}.sig).',
  hash: '{file} diffère de celui que décrit l’index signé (empreinte différente).',
  'mismatch.outside': '{file} ne correspond pas à l’index signé : il se trouve hors du site.',
  'mismatch.pack':
    '{file} ne correspond pas à l’index signé : il contient le paquet {found}, pas {expected}.',
  'mismatch.version':
    '{file} ne correspond pas à l’index signé : il contient la version {found}, pas {expected}.',
  notNewer:
    'La version {version} du paquet {id} n’est pas plus récente que la version active {active} ; un fichier plus ancien ne peut pas remplacer un plus récent.',
  rolledBack: 'Vous avez annulé la version {version} du paquet {id} ; Vigie attend une version plus récente.',
  examples:
    'Le paquet {id} n’a pas été activé : ses propres exemples échouent dans cette version de Vigie ({failures}).',
  engine: 'Le paquet {id} n’a pas pu être compilé par cette version de Vigie : {why}.',
  storage: 'Vigie n’a pas pu enregistrer la mise à jour ({why}) ; les règles précédentes restent actives.',
  'storage.full':
    'Vigie n’a pas pu enregistrer la mise à jour (l’espace de stockage du navigateur est plein) ; les règles précédentes restent actives.',
  other: '{text}',
  'notice.sourcesUnreadable':
    'La liste des sources vérifiées enregistrée était illisible ; Vigie utilise celle qu’elle contient.',
  'notice.dbUnreadable':
    'Vigie n’a pas pu lire sa base de données ; elle utilise les paquets qu’elle contient jusqu’au prochain démarrage.',
  'notice.packBack':
    'Le paquet enregistré {id} {version} était abîmé ; Vigie est revenue à la version {previous}.',
  'notice.packBundled':
    'Le paquet enregistré {id} {version} était abîmé ; Vigie utilise la version qu’elle contient ({bundled}).',
  'notice.packLeftOut':
    'Le paquet enregistré {id} {version} était abîmé et aucune version antérieure n’est gardée ; il est laissé de côté.',
  'notice.mirror':
    'Vigie n’a pas pu enregistrer vos choix dans le stockage du navigateur ; les pages ouvertes ne les verront peut-être qu’après un rechargement.',
  'notice.snapshotStore':
    'Vigie n’a pas pu enregistrer ses règles compilées dans le stockage du navigateur ; les pages les demandent au service d’arrière-plan.',
  'notice.compile':
    'Vigie n’a pas pu compiler les paquets actifs ; elle utilise pour l’instant les paquets qu’elle contient.',
  'notice.dbOpen':
    'Vigie n’a pas pu ouvrir sa base de données ; elle utilise les paquets qu’elle contient et vos choix risquent de ne pas être enregistrés.',
};

export const PROBLEM_TEXT: Record<Lang, Record<ProblemKey, string>> = { en, fr };

/** A failure as data: what went wrong (key) and the names it concerns (params). */
export interface Problem {
  key: ProblemKey;
  params?: Record<string, string | number>;
}

/** The sentence for a problem in `lang`. */
export function problemText(problem: Problem, lang: Lang): string {
  return format(PROBLEM_TEXT[lang][problem.key] ?? en[problem.key] ?? problem.key, problem.params);
}

/** The sentences for several problems, one after the other. */
export function problemsText(problems: readonly Problem[], lang: Lang): string {
  return problems.map((p) => problemText(p, lang)).join(' ');
}

/** What a failed outcome or subscription says, in `lang` when its problems are known, else its English reason. */
export function reasonIn(
  failed: { reason?: string; problems?: readonly Problem[] },
  lang: Lang,
): string | undefined {
  return failed.problems?.length ? problemsText(failed.problems, lang) : failed.reason;
}
