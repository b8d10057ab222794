// Prints located issues the way compilers do (file:line:col: message), so editors and CI link to the line.
import type { Located } from '../../rules/load/yaml.ts';

export function sortIssues(issues: Located[]): Located[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

export function formatIssue(issue: Located): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.level === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

export function countLevels(issues: Located[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.level === 'error').length;
  return { errors, warnings: issues.length - errors };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
