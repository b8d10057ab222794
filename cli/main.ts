// `vigie` entry: dispatches to one module per command in cli/commands/.
// Each command module exports `run(args, io)` and returns the process exit code.
// With --json a command prints exactly one JSON object on stdout; logs and progress go to stderr.
import type { CliIO } from './io.ts';
import { stdio } from './io.ts';

type Command = { run(args: string[], io: CliIO): Promise<number>; summary: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: () => import('./commands/check.ts'),
  test: () => import('./commands/test.ts'),
  scan: () => import('./commands/scan.ts'),
  eval: () => import('./commands/eval.ts'),
  build: () => import('./commands/build.ts'),
  bench: () => import('./commands/bench.ts'),
  keygen: () => import('./commands/keygen.ts'),
  publish: () => import('./commands/publish.ts'),
  verify: () => import('./commands/verify.ts'),
};

export async function main(argv: string[], io: CliIO = stdio): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out('Usage: vigie <command> [options]\n\nCommands:\n');
    for (const [cmd, load] of Object.entries(COMMANDS)) {
      const summary = await load()
        .then((m) => m.summary)
        .catch(() => '(not available)');
      io.out(`  ${cmd.padEnd(9)} ${summary}\n`);
    }
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`vigie: unknown command "${name}". Run "vigie --help" for the list.\n`);
    return 2;
  }
  try {
    return await (await load()).run(args, io);
  } catch (error) {
    io.err(`vigie ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
