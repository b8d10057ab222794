// The real engine behind the background's EnginePort: compile packs into a snapshot, and run a pack's own
// examples (same rule as `vigie test`: a flag example needs that rule's finding standing exactly on the
// [[marked]] span; a pass example must leave no standing finding of that rule).
import { SNAPSHOT_VERSION, compile, loadEngine, snapshotOf, type Lexicon } from '../engine/index.ts';
import { BUILTIN_CONTEXT } from '../engine/context/builtin.ts';
import type { Pack } from '../engine/types.ts';
import { marksPassExample, parseMarkedExample } from '../rules/schema/examples.ts';
import type { EngineInput, EnginePort } from './context.ts';

function lexiconOf(value: unknown): Lexicon | undefined {
  const v = value as Lexicon | undefined;
  return v && typeof v === 'object' && typeof v.classes === 'object' && typeof v.spellings === 'object'
    ? v
    : undefined;
}

export function selfTest(pack: Pack, input: Omit<EngineInput, 'packs'>): string[] {
  const lexicon = lexiconOf(input.lexicon);
  const engine = compile({ packs: [pack], sources: input.sources, ...(lexicon ? { lexicon } : {}) });
  const failures = engine.issues.map((i) => `rule ${i.ruleId}: ${i.message}`);
  for (const rule of pack.rules) {
    for (const example of rule.examples.flag) {
      const marked = parseMarkedExample(example.text);
      if (!marked) {
        failures.push(`rule ${rule.id}: a flag example has no usable [[...]] marking`);
        continue;
      }
      const found = engine
        .analyze({ text: marked.text, lang: example.lang ?? rule.lang })
        .findings.filter((f) => f.ruleId === rule.id && f.effect !== 'removed');
      if (!found.some((f) => f.start === marked.start && f.end === marked.end)) {
        failures.push(`rule ${rule.id}: "${marked.text.slice(0, 60)}" is not marked as expected`);
      }
    }
    for (const example of rule.examples.pass) {
      const found = engine
        .analyze({ text: example.text, lang: example.lang ?? rule.lang })
        .findings.filter((f) => f.ruleId === rule.id && marksPassExample(f));
      if (found.length)
        failures.push(`rule ${rule.id}: "${example.text.slice(0, 60)}" is marked but must not be`);
    }
  }
  return failures;
}

export const realEngine: EnginePort = {
  snapshotVersion: SNAPSHOT_VERSION,
  dataStamp: JSON.stringify(BUILTIN_CONTEXT),
  snapshot(input) {
    const lexicon = lexiconOf(input.lexicon);
    return snapshotOf(
      compile({
        packs: input.packs,
        sources: input.sources,
        ...(lexicon ? { lexicon } : {}),
      }),
    );
  },
  selfTest,
  load: loadEngine,
};
