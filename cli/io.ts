// Where a command writes: stdout for results (exactly one JSON object with --json), stderr for everything else.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const stdio: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Collects output in memory, for tests. */
export function memoryIO(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
