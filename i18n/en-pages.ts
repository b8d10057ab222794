// English strings of the extension pages (popup, options, first-run). Kept apart from en.ts so the content
// script does not carry them. Same keys in fr-pages.ts.
export const enPages = {
  // Popup.
  'popup.title': 'Vigie on this tab',
  'popup.none': 'Nothing marked on this tab.',
  'popup.count': '{count} marked posts',
  'popup.count.one': '1 marked post',
  'popup.unsupported': 'Vigie does not read this page.',
  'popup.siteOn': 'Vigie on {host}',
  'popup.paused': 'Paused on this site',
  'popup.mode': 'Mode',
  'popup.show': 'Show',
  'popup.options': 'Settings',
  'popup.noEngine': 'Rule packs are loading.',
  'popup.generic': 'Read this site’s articles',
  'popup.generic.help': 'Vigie will ask your browser for access to {host}.',
  'popup.generic.reload': 'Reload the page to apply this.',
  'popup.generic.reloadButton': 'Reload the page',
  'popup.generic.denied': 'Vigie did not get access to {host}, so it cannot read its articles.',

  'mode.patient': 'Patient',
  'mode.clinician': 'Clinician',
  'mode.patient.help': 'Gentle marks for the claims most likely to mislead.',
  'mode.clinician.help':
    'Compact marks with rule ids, severities and context, including unsourced advice and patient privacy.',

  // Options.
  'options.title': 'Vigie settings',
  'options.tab.settings': 'Settings',
  'options.language': 'Language',
  'options.language.auto': 'Browser language',
  'options.sensitivity': 'Show marks from',
  'options.sensitivity.info': 'Every level, notes included',
  'options.sensitivity.caution': 'Caution and warnings (default)',
  'options.sensitivity.warning': 'Warnings only',
  'options.sensitivity.help':
    'In patient mode, marks below this level stay hidden. Clinician mode shows them all.',
  'options.sites': 'Sites',
  'options.sites.help': 'Turn Vigie off on a site.',
  'options.generic': 'Article pages',
  'options.generic.help':
    'Vigie can also read articles on other websites you choose. Enter a host name such as example.org.',
  'options.generic.add': 'Add',
  'options.generic.remove': 'Remove {host}',
  'options.generic.invalid': 'Enter a host name such as example.org.',
  'options.generic.empty': 'No websites added.',
  'options.generic.noAccess': 'Vigie has no access to this site yet.',
  'options.generic.allow': 'Allow access',
  'options.generic.denied': 'The browser did not give access to this site.',
  'options.saved': 'Saved',
  'options.mode': 'Mode',

  // First-run page.
  'welcome.title': 'Welcome to Vigie',
  'welcome.what':
    'Vigie reads the words of health posts on TikTok, YouTube, Instagram, X and Reddit and marks claims that verified sources contradict, advice that could be unsafe, and claims that oversimplify. Each mark explains why, with links to the sources.',
  'welcome.limits': 'What to keep in mind',
  'welcome.limit.auto': 'It is an automated check. It can be wrong, and it can miss things.',
  'welcome.limit.text': 'It reads text (captions, titles, comments), not what is said or shown in the video.',
  'welcome.limit.advice': 'It is not medical advice. Talk to a health professional about your own health.',
  'welcome.limit.local': 'It runs on your computer. What you read is not sent anywhere.',
  'welcome.pick': 'Choose how Vigie shows its marks',
  'welcome.done': 'Start using Vigie',
  'welcome.saved': 'All set. You can change this at any time in the settings.',

  'site.tiktok': 'TikTok',
  'site.youtube': 'YouTube',
  'site.instagram': 'Instagram',
  'site.x': 'X (Twitter)',
  'site.reddit': 'Reddit',
} as const;

export type PageKey = keyof typeof enPages;
