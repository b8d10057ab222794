// French strings of the extension pages (popup, options, first-run). Same keys as en-pages.ts.
import type { PageKey } from './en-pages.ts';

export const frPages: Record<PageKey, string> = {
  'popup.title': 'Vigie sur cet onglet',
  'popup.none': 'Rien n’est marqué sur cet onglet.',
  'popup.count': '{count} publications marquées',
  'popup.count.one': '1 publication marquée',
  'popup.unsupported': 'Vigie ne lit pas cette page.',
  'popup.siteOn': 'Vigie sur {host}',
  'popup.paused': 'En pause sur ce site',
  'popup.mode': 'Mode',
  'popup.show': 'Afficher',
  'popup.options': 'Réglages',
  'popup.noEngine': 'Les paquets de règles se chargent.',
  'popup.generic': 'Lire les articles de ce site',
  'popup.generic.help': 'Vigie demandera à votre navigateur l’accès à {host}.',
  'popup.generic.reload': 'Rechargez la page pour appliquer ce choix.',
  'popup.generic.reloadButton': 'Recharger la page',
  'popup.generic.denied': 'Vigie n’a pas reçu l’accès à {host} : elle ne peut pas lire ses articles.',

  'mode.patient': 'Patient',
  'mode.clinician': 'Soignant',
  'mode.patient.help': 'Des marques discrètes pour les affirmations les plus susceptibles de tromper.',
  'mode.clinician.help':
    'Des marques compactes avec l’identifiant de la règle, la gravité et le contexte, y compris les conseils sans source et la vie privée des patients.',

  'options.title': 'Réglages de Vigie',
  'options.tab.settings': 'Réglages',
  'options.language': 'Langue',
  'options.language.auto': 'Langue du navigateur',
  'options.sensitivity': 'Afficher les marques à partir de',
  'options.sensitivity.info': 'Tous les niveaux, notes comprises',
  'options.sensitivity.caution': 'Prudence et alertes (par défaut)',
  'options.sensitivity.warning': 'Alertes seulement',
  'options.sensitivity.help':
    'En mode patient, les marques sous ce niveau restent masquées. Le mode soignant les montre toutes.',
  'options.sites': 'Sites',
  'options.sites.help': 'Désactiver Vigie sur un site.',
  'options.generic': 'Pages d’articles',
  'options.generic.help':
    'Vigie peut aussi lire les articles d’autres sites que vous choisissez. Saisissez un nom d’hôte comme example.org.',
  'options.generic.add': 'Ajouter',
  'options.generic.remove': 'Retirer {host}',
  'options.generic.invalid': 'Saisissez un nom d’hôte comme example.org.',
  'options.generic.empty': 'Aucun site ajouté.',
  'options.generic.noAccess': 'Vigie n’a pas encore accès à ce site.',
  'options.generic.allow': 'Autoriser l’accès',
  'options.generic.denied': 'Le navigateur n’a pas donné l’accès à ce site.',
  'options.saved': 'Enregistré',
  'options.mode': 'Mode',

  'welcome.title': 'Bienvenue dans Vigie',
  'welcome.what':
    'Vigie lit les mots des publications santé sur TikTok, YouTube, Instagram, X et Reddit, et marque les affirmations que des sources vérifiées contredisent, les conseils qui pourraient être dangereux et les affirmations trop simplifiées. Chaque marque explique pourquoi, avec des liens vers les sources.',
  'welcome.limits': 'À garder en tête',
  'welcome.limit.auto':
    'C’est une vérification automatique. Elle peut se tromper et peut laisser passer des choses.',
  'welcome.limit.text':
    'Elle lit le texte (légendes, titres, commentaires), pas ce qui est dit ou montré dans la vidéo.',
  'welcome.limit.advice': 'Ce n’est pas un avis médical. Parlez de votre santé à un professionnel de santé.',
  'welcome.limit.local': 'Elle fonctionne sur votre ordinateur. Ce que vous lisez n’est envoyé nulle part.',
  'welcome.pick': 'Choisissez comment Vigie affiche ses marques',
  'welcome.done': 'Commencer avec Vigie',
  'welcome.saved': 'C’est prêt. Vous pouvez changer cela à tout moment dans les réglages.',

  'site.tiktok': 'TikTok',
  'site.youtube': 'YouTube',
  'site.instagram': 'Instagram',
  'site.x': 'X (Twitter)',
  'site.reddit': 'Reddit',
};
