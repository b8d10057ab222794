// Frequent English and French words (folded keys). Used twice: a pattern made only of these is refused
// (it would match almost everything), and the matcher never picks one as a rule's anchor when it can avoid it.
import { foldText } from './tokenize.ts';

const WORDS = `the a an and or of to in on at for with by from is are was were be been being it its this that these
those i you he she we they me him her us them my your his our their not no do does did done have has had will would
can could should may might must so if then than but as just also very more most all any some what which who whom whose
when where why how there here up out about into over after before again only own same too s t don now one two get got
make made like well even because while such each both few other off under through during until against between
le la les l un une des de du d et ou en au aux a est sont etait etre ete ai as avons avez ont ce cet cette ces c ca
que qu qui quoi dont ou je j tu il elle on nous vous ils elles me m te t se s lui leur leurs mon ma mes ton ta tes son sa ses
notre nos votre vos ne n pas plus moins tres tout tous toute toutes sur sous dans par pour avec sans chez mais donc or ni car
si y bien aussi comme fait faire peut peuvent va vont c est cela ceci ici la quand comment pourquoi encore deja`;

let frequent: ReadonlySet<string> | undefined;

/** Whether a folded key is one of the frequent words. The set is built on first ask: the content script bundles
 * this module with the pattern compiler it never runs, and a set built at load cost every page its folding. */
export function isFrequent(key: string): boolean {
  frequent ??= new Set(
    WORDS.split(/\s+/)
      .filter(Boolean)
      .map((w) => foldText(w)),
  );
  return frequent.has(key);
}
