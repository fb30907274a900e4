// A progress bar (TTY) or plain progress lines (anything else).
import type { Terminal } from './terminal'
import { formatInteger } from './values'

/** A running progress display; see {@link createProgress}. */
export interface Progress {
  /** Reports `done` of `total` units (total unknown: a count only), with an optional detail. */
  update(done: number, total: number | undefined, detail?: string): void
  /** Ends the display with a final line. */
  finish(message: string): void
}

const WIDTH = 24
const REDRAW_MS = 50

/** Renders a bar such as `[██████░░░░░░]  50%`. */
export function renderBar(done: number, total: number, width = WIDTH): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0
  const filled = Math.round(ratio * width)
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%`
}

/**
 * A progress bar labelled `label`. On a TTY it redraws one line in place (at most every 50 ms);
 * elsewhere `update` prints nothing and `finish` prints one plain line, so logs stay readable.
 */
export function createProgress(terminal: Terminal, label: string): Progress {
  const { out } = terminal
  let lastDraw = 0
  let drawn = false
  return {
    update(done, total, detail) {
      if (!terminal.interactive) return
      const now = Date.now()
      if (drawn && now - lastDraw < REDRAW_MS && (total === undefined || done < total)) return
      lastDraw = now
      drawn = true
      const amount = total === undefined ? formatInteger(done) : `${formatInteger(done)}/${formatInteger(total)}`
      const bar = total === undefined ? '' : renderBar(done, total) + '  '
      const text = `  ${label} ${bar}${amount}${detail ? `  ${detail}` : ''}`
      const width = out.columns && out.columns > 20 ? out.columns - 1 : 120
      out.write(`\r\x1b[2K${text.slice(0, width)}`)
    },
    finish(message) {
      if (terminal.quiet) return
      if (terminal.interactive && drawn) out.write('\r\x1b[2K')
      out.write(`  ${label}: ${message}\n`)
    },
  }
}
