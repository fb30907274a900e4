// Where human output goes, and whether it may animate. Progress bars and spinners draw only when
// the stream is a TTY; otherwise they print plain lines (logs, pipes, CI, the tests).

/** The parts of a writable stream the CLI uses (`process.stdout` fits). */
export interface OutputStream {
  write(chunk: string): boolean
  /** `true` when the stream is a terminal. */
  isTTY?: boolean | undefined
  /** The terminal's width in columns, when it is one. */
  columns?: number | undefined
}

/** Human output: quiet in `--json` mode (the command prints one JSON document instead). */
export interface Terminal {
  /** The stream lines go to. */
  readonly out: OutputStream
  /** `true` when progress bars and spinners may animate. */
  readonly interactive: boolean
  /** `true` in `--json` mode: human lines are dropped. */
  readonly quiet: boolean
  /** Prints one line (or several, joined by newlines). */
  line(text?: string): void
  /** Prints a section heading. */
  heading(text: string): void
}

const BOLD = '\x1b[1m'
const RESET = '\x1b[0m'

/** Creates a {@link Terminal} over `out`; `json: true` silences it. */
export function createTerminal(out: OutputStream, options: { json?: boolean | undefined } = {}): Terminal {
  const quiet = options.json === true
  const interactive = !quiet && out.isTTY === true && process.env.TERM !== 'dumb'
  return {
    out,
    interactive,
    quiet,
    line(text = '') {
      if (!quiet) out.write(text + '\n')
    },
    heading(text) {
      if (quiet) return
      out.write(interactive ? `\n${BOLD}${text}${RESET}\n` : `\n${text}\n`)
    },
  }
}
