/** Where a command writes: the console in the real CLI, an array in tests. */
export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Characters a terminal obeys instead of showing: C0 controls except tab and newline (ESC starts
 * the sequences that retitle, clear or recolour a terminal; CR overwrites a line), DEL, C1
 * controls (U+009B is a one-byte CSI), and the bidi embeddings, overrides and isolates that
 * reorder what is shown (the "Trojan Source" trick).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A line as the terminal should show it: every control character as a visible stand-in, so a
 * draft's answers (or a file name) can print but never steer the terminal. C0 controls become
 * their Unicode control picture (ESC as ␛), the others their code point ("<U+202E>").
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * A stream to the terminal that goes quiet when its reader leaves: `npm run validate … | head`
 * closes the pipe after a few lines, and Node then reports EPIPE as an unhandled error with a
 * stack trace. The command still finishes and sets its exit code; what it writes after that has
 * nobody to read it. Any other write error is still thrown.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (line: string) => void {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return (line) => {
    if (!readerGone) stream.write(`${terminalSafe(line)}\n`);
  };
}

/** The real terminal. Everything the CLI prints passes here, so nothing it read from a file reaches the terminal raw. */
export const consoleOutput: CliOutput = {
  out: quietWhenClosed(process.stdout),
  err: quietWhenClosed(process.stderr),
};

/** Exit codes: 0 complete and valid (or written), 1 readable but incomplete or invalid, 2 unreadable, refused or misused. */
export const EXIT = { ok: 0, incomplete: 1, refused: 2 } as const;
