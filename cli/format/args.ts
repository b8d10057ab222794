// Argument parsing shared by the commands: node:util parseArgs with an error in words and a usage hint.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const why =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error);
    throw new UsageError(`${why}\n${usage}`);
  }
}

/**
 * parseCommandArgs for a command's `run`: a usage error is printed and gives exit code 2, `--help` prints the
 * usage and gives 0; otherwise the parsed arguments. The options must declare `help`.
 */
export function readCommandArgs<T extends Options>(
  command: string,
  args: string[],
  options: T,
  usage: string,
  io: { out(text: string): void; err(text: string): void },
) {
  let parsed;
  try {
    parsed = parseCommandArgs(args, options, usage);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`vigie ${command}: ${error.message}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(`${usage}\n`);
    return 0;
  }
  return parsed;
}
