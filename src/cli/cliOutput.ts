/** Where a command writes: the console in the real CLI, an array in tests. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 complete and valid (or written), 1 readable but incomplete or invalid, 2 unreadable, refused or misused. */
export const EXIT = { ok: 0, incomplete: 1, refused: 2 } as const;
