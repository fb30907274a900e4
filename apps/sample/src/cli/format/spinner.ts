// A spinner (TTY) or plain status lines (anything else).
import type { Terminal } from './terminal'

/** A running spinner; see {@link createSpinner}. */
export interface Spinner {
  /** Changes the text next to the spinner (printed as a new line when not a TTY, if it changed). */
  update(text: string): void
  /** Stops with a success line. */
  succeed(text: string): void
  /** Stops with a failure line. */
  fail(text: string): void
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']
const INTERVAL_MS = 80

/**
 * Starts a spinner with `text`. On a TTY it animates in place until `succeed`/`fail`;
 * elsewhere it prints the text once, each changed text once, and the final line.
 */
export function createSpinner(terminal: Terminal, text: string): Spinner {
  const { out } = terminal
  let current = text
  let frame = 0
  let timer: ReturnType<typeof setInterval> | undefined
  const started = Date.now()
  const draw = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    out.write(`\r\x1b[2K  ${FRAMES[frame % FRAMES.length]} ${current} ${seconds} s`)
    frame += 1
  }
  if (terminal.interactive) {
    draw()
    timer = setInterval(draw, INTERVAL_MS)
    timer.unref()
  } else {
    terminal.line(`  … ${text}`)
  }
  const stop = (mark: string, final: string) => {
    if (timer !== undefined) {
      clearInterval(timer)
      timer = undefined
      out.write('\r\x1b[2K')
    }
    terminal.line(`  ${mark} ${final}`)
  }
  return {
    update(next) {
      if (next === current) return
      current = next
      if (!terminal.interactive) terminal.line(`  … ${next}`)
    },
    succeed(final) {
      stop('✔', final)
    },
    fail(final) {
      stop('✖', final)
    },
  }
}
