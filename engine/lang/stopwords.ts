// Function words per language, written plainly; detect.ts folds them into token keys.
// Only words that are frequent in their language and rare in the others count: "on", "me", "son", "a"
// are left out (English and French share them), "de", "la", "que", "en", "des" count half for French
// because Spanish, Italian, Portuguese or German use them too.

export const EN_WORDS = `the and is of to that it you are not this with for was have be your my what they can
do does did will just so but if or from at an as by we he she his her has had been about all how why there
their who would should could because people me him them our its were than then when which these those
any more most also only very really into out up`;

export const FR_WORDS = `le les est pas une du et il elle je tu nous vous ils elles qui dans pour sur avec ce
cette ces mais ou au aux ne se sa ses mon ma mes ton ta tes notre votre leur leurs plus tout tous très sont
fait comme aussi être avoir été était sont ça cela ceci y lui eux même donc car quand alors où peut faut
chez sans déjà encore toujours rien`;

/** Shared with Spanish, Italian, Portuguese or German: half weight for French. */
export const FR_SHARED = `de la que en des un`;

/** Enough of each to say "another language" when it dominates (we run no rules for them). */
export const OTHER_WORDS: Record<string, string> = {
  es: `el los las y es por para con del muy pero esta está están hay cuando porque tiene sus este eso como
  más también puede ser son fue todo nada`,
  de: `der das und ist nicht ein eine ich mit sich auf dem den von auch wird sind nur wie kann oder aber zu im
  es für bei nach wenn noch werden`,
  it: `di che della gli sono questo anche perché più il del con per non è molto come nella essere hanno`,
  pt: `os da em um uma não com mais isso você tem muito ele são pelo pela também está dos das foi`,
};

/** Letters French uses and English does not (é is shared with Spanish and others: counted half). */
export const FR_LETTERS = /[èêàçœùâîôûëï]/gu;
export const FR_E_ACUTE = /é/gu;
/** Letters that point to another Latin-script language. */
export const OTHER_LETTERS = /[ñ¿¡áíóúãõäöüß]/gu;
