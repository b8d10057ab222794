// Readable report of one analysis for the terminal: each finding with its category, severity, rule,
// the excerpt and a caret line, what context did, whether patients see it, the message and the sources.
import type { AnalyzeResult, Finding, Lang } from '../../engine/types.ts';
import { caretLines, contextWords } from './findings.ts';

export type Mode = 'patient' | 'clinician';

function inLang<T>(values: Partial<Record<Lang, T>> | undefined, lang: Lang): T | undefined {
  return values?.[lang] ?? values?.en ?? values?.fr;
}

function effectWords(f: Finding): string {
  if (f.effect === 'removed') return `removed by context: ${contextWords(f.context)}`;
  if (f.effect === 'downgraded')
    return `lowered from ${f.ruleSeverity} to ${f.severity}: ${contextWords(f.context)}`;
  return 'none';
}

export function formatFinding(f: Finding, text: string, n: number): string[] {
  const lines = [`${n}. ${f.category} | ${f.severity} | ${f.ruleId}${f.packId ? ` (${f.packId})` : ''}`];
  const title = inLang(f.title, f.lang);
  if (title) lines.push(`   ${title}`);
  for (const line of caretLines(text, f.start, f.end)) lines.push(`   ${line}`);
  lines.push(`   context: ${effectWords(f)}`);
  lines.push(
    `   shown to patients: ${f.shown ? 'yes' : 'no'}${f.reviewed ? '' : ' | pack not yet reviewed by a clinician'}`,
  );
  const message = inLang(f.message, f.lang);
  if (message) lines.push(`   ${message}`);
  const safety = inLang(f.safety, f.lang);
  if (safety) lines.push(`   Safety: ${safety}`);
  for (const s of f.sources)
    lines.push(`   source: ${s.name} ${s.url}${s.checked ? ` (checked ${s.checked})` : ''}`);
  return lines;
}

export function formatScan(result: AnalyzeResult, text: string, mode: Mode): string {
  const visible = result.findings.filter((f) => (mode === 'patient' ? f.shown : true));
  const hidden = result.findings.length - visible.length;
  const out = [
    `language: ${result.lang} (rules ran: ${result.ran.join(', ') || 'none'}) | mode: ${mode}`,
    `${visible.length} finding${visible.length === 1 ? '' : 's'}${hidden ? ` (${hidden} more not shown to patients: use --mode clinician to see them)` : ''}`,
  ];
  visible.forEach((f, i) => out.push('', ...formatFinding(f, text, i + 1)));
  if (result.links.length > 0) {
    out.push('', 'links:');
    for (const l of result.links) out.push(`  ${l.url}: ${l.kind}${l.sourceId ? ` (${l.sourceId})` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
