// English UI strings. Keys are shared with fr.ts; tests/unit/i18n-catalog.test.ts checks both hold every key.
// Wording rules: never "false" or "fake"; say "may", name what the evidence says, stay calm.
export const en = {
  // Popover titles, one per category (patient wording).
  'title.contradicts-evidence': 'This may be misleading',
  'title.dangerous-advice': 'This advice could be unsafe',
  'title.oversimplified': 'This may be oversimplified',
  'title.unsourced-advice': 'No source linked',
  'title.patient-privacy': 'Possible patient details',
  'title.cites-verified-source': 'Links to {source}',
  'title.cites-study': 'Links to a study',

  // Badge labels: short, always next to an icon so colour is never the only signal.
  'badge.contradicts-evidence': 'May mislead',
  'badge.dangerous-advice': 'Could be unsafe',
  'badge.oversimplified': 'Oversimplified?',
  'badge.unsourced-advice': 'No source',
  'badge.patient-privacy': 'Patient details?',
  'badge.cites-verified-source': 'Source',
  'badge.more': '+{count}',
  'badge.aria': 'Vigie: {label}. Open the explanation.',

  'part.caption': 'the caption',
  'part.title': 'the title',
  'part.description': 'the description',
  'part.comment': 'the comment',
  'part.reply': 'the reply',
  'part.post': 'the post',
  'part.body': 'the post',
  'part.hashtags': 'the hashtags',
  'part.snippet': 'the preview',
  'part.alt': 'the image description',
  'part.link': 'a link',
  'part.article': 'the article',
  'part.other': 'the text',

  'popover.noticed': 'Vigie noticed these words in {part}:',
  'popover.evidence': 'What the evidence says',
  'popover.sources': 'Sources',
  'popover.checked': 'checked {date}',
  'popover.safety': 'Safety',
  'popover.footer': 'Automated check of the words, not the video. It can be wrong.',
  'popover.notReviewed': 'Not yet reviewed by a clinician',
  'popover.reviewed': 'Rule reviewed by a clinician',
  'popover.close': 'Close',
  'popover.of': '{index} of {count}',
  'popover.prev': 'Previous mark',
  'popover.next': 'Next mark',
  'popover.noMessage': 'No explanation is available in this language.',

  // Clinician details.
  'clin.rule': 'Rule',
  'clin.category': 'Category',
  'clin.severity': 'Severity',
  'clin.context': 'Context',
  'clin.pack': 'Pack',
  'clin.none': 'none',
  'clin.removed': 'removed by context',
  'clin.downgraded': 'lowered by context',

  'category.contradicts-evidence': 'contradicts evidence',
  'category.dangerous-advice': 'dangerous advice',
  'category.oversimplified': 'oversimplified',
  'category.unsourced-advice': 'unsourced advice',
  'category.patient-privacy': 'patient privacy',
  'category.cites-verified-source': 'cites a verified source',

  'severity.info': 'info',
  'severity.caution': 'caution',
  'severity.warning': 'warning',

  'context.negated': 'negated',
  'context.debunked': 'debunked',
  'context.hedged': 'hedged',
  'context.question': 'question',
  'context.quoted': 'quoted',
  'context.reported': 'reported speech',
  'context.first-person': 'first person',
  'context.sourced': 'links a verified source',

  'action.hideMark': 'Hide this mark',
  'action.report': 'Report a wrong mark',
  'action.hideRule': 'Hide this rule',
  'action.pauseSite': 'Pause on this site',
  'action.failed': 'Vigie could not save this. Try again.',

  // Video strip on the player: "The caption says" + the kind of claim.
  'strip.contradicts-evidence': 'The caption says something that may be misleading',
  'strip.dangerous-advice': 'The caption gives advice that could be unsafe',
  'strip.oversimplified': 'The caption says something that may be oversimplified',
  'strip.unsourced-advice': 'The caption gives advice with no source linked',
  'strip.patient-privacy': 'The caption may include patient details',
  'strip.open': 'Why?',
  'strip.collapse': 'Collapse the Vigie note',
  'strip.expand': 'Show the Vigie note',
} as const;

export type MessageKey = keyof typeof en;
