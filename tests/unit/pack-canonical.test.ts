// One canonical print per pack: parse(print(x)) == x and print(parse(print(x))) == print(x).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printCanonical } from '../../rules/load/canonical.ts';
import { hasControlChars, hasMarkup } from '../../rules/schema/text.ts';
import { fromPack, toPack, validatePackFile } from '../../rules/schema/index.ts';
import { parseYaml } from '../../rules/load/yaml.ts';
import type { Pack } from '../../engine/types.ts';
import { canonicalText } from '../../cli/commands/check.ts';
import { GOOD_PACK, load, variant } from './pack-fixtures.ts';

const print = (pack: Pack) => printCanonical(fromPack(pack), { topList: 'rules' });
const parse = (text: string) => validatePackFile(parseYaml(text, 'x.yaml').data).value!;

describe('canonical form', () => {
  it('leaves the canonical fixture unchanged, comments included', () => {
    expect(canonicalText(load(GOOD_PACK))).toBe(GOOD_PACK);
  });

  it('reorders keys, normalises quoting and flow lists, keeps comments', () => {
    const messy = variant(
      'id: demo-en\ntitle: Demo pack (test fixture)\n',
      'title: "Demo pack (test fixture)"   # the title\nid: demo-en\n',
    ).replace('languages: [en]', 'languages:\n  - en');
    const fixed = canonicalText(load(messy))!;
    expect(fixed).toContain('id: demo-en\ntitle: Demo pack (test fixture) # the title\n');
    expect(fixed).toContain('languages: [en]\n');
    expect(fixed).toContain('# The main fixture rule.');
    expect(canonicalText(load(fixed))).toBe(fixed);
  });

  it('round-trips the fixture pack', () => {
    const pack = load(GOOD_PACK).pack!;
    expect(parse(print(pack))).toEqual(pack);
    expect(print(parse(print(pack)))).toBe(print(pack));
  });

  it('round-trips arbitrary texts in every string field', () => {
    const base = load(GOOD_PACK).pack!;
    // Texts YAML finds awkward: leading symbols, colons, quotes, hashes, numbers, booleans, apostrophes.
    const awkward = fc
      .oneof(
        fc.constantFrom(
          'yes',
          'no',
          'null',
          '1.0',
          '2026-11-28',
          '@home',
          '- dash',
          "l'huile",
          'a: b',
          'x #y',
          '"q"',
          '  pad',
          '[x]',
          '{y}',
          '~3',
          '%',
          '`b`',
          'é à ç',
        ),
        fc.string({ minLength: 1, maxLength: 30 }),
      )
      .filter((s) => s.trim() !== '' && !s.includes('<') && !hasMarkup(s) && !hasControlChars(s));
    fc.assert(
      fc.property(awkward, awkward, awkward, (title, message, statement) => {
        const pack: Pack = structuredClone(base);
        pack.title = title;
        pack.rules[0]!.message.en = `${message} ok`;
        pack.rules[0]!.citations[0]!.statement = statement;
        const printed = print(pack);
        const again = parse(printed);
        expect(again).toEqual(toPack(fromPack(pack)));
        expect(print(again)).toBe(printed);
      }),
      { numRuns: 150 },
    );
  });
});
