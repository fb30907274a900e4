// The terminal formatting: tables, values, progress bar and spinner (TTY and plain).
import { describe, expect, it } from 'vitest'
import { renderBar, createProgress } from '../src/cli/format/progress'
import { createSpinner } from '../src/cli/format/spinner'
import { formatFields, formatTable } from '../src/cli/format/table'
import { createTerminal, type OutputStream } from '../src/cli/format/terminal'
import { formatDuration, formatMoney, formatPhoneNumber, maskSecret } from '../src/cli/format/values'

function stream(isTTY: boolean): OutputStream & { text: string } {
  return {
    text: '',
    isTTY,
    columns: 100,
    write(chunk: string) {
      this.text += chunk
      return true
    },
  }
}

describe('formatTable', () => {
  it('aligns columns, underlines the header and right-aligns numbers', () => {
    const table = formatTable(
      [{ header: 'ID', align: 'right' }, { header: 'Name' }],
      [
        ['7', 'Alice'],
        ['12', 'Bob'],
      ],
    )
    expect(table.split('\n')).toEqual(['  ID  Name', '  ──  ─────', '   7  Alice', '  12  Bob'])
  })

  it('cuts long cells with an ellipsis and flattens line breaks', () => {
    const table = formatTable([{ header: 'Text', maxWidth: 8 }], [['hello\nthere, world']])
    expect(table.split('\n')[2]).toBe('  hello t…')
  })

  it('pads labels of a field block to one width', () => {
    expect(formatFields([['A', '1'], ['Long', '2']])).toBe('  A     1\n  Long  2')
  })
})

describe('values', () => {
  it('formats money, phone numbers and durations', () => {
    expect(formatMoney(12.5)).toBe('$12.50')
    expect(formatPhoneNumber('5550100001')).toBe('(555) 010-0001')
    expect(formatPhoneNumber('+15550100001')).toBe('(555) 010-0001')
    expect(formatPhoneNumber('12')).toBe('12')
    expect(formatDuration(65)).toBe('1:05')
    expect(formatDuration(3725)).toBe('1:02:05')
  })

  it('masks secrets without giving their length away', () => {
    expect(maskSecret('hunter2')).toBe('••••••••')
    expect(maskSecret('a-very-long-sip-password')).toBe('••••••••')
    expect(maskSecret('')).toBe('')
  })
})

describe('progress', () => {
  it('renders a bar', () => {
    expect(renderBar(5, 10, 10)).toBe('[█████░░░░░]  50%')
    expect(renderBar(20, 10, 4)).toBe('[████] 100%')
  })

  it('draws in place on a TTY and ends with one line', () => {
    const out = stream(true)
    const progress = createProgress(createTerminal(out), 'calls')
    progress.update(50, 100)
    progress.update(100, 100)
    progress.finish('100 records read')
    expect(out.text).toContain('\r\x1b[2K')
    expect(out.text).toContain('[████████████████████████] 100%')
    expect(out.text.endsWith('  calls: 100 records read\n')).toBe(true)
  })

  it('prints only the final line when not a TTY', () => {
    const out = stream(false)
    const progress = createProgress(createTerminal(out), 'calls')
    progress.update(50, 100)
    progress.finish('100 records read')
    expect(out.text).toBe('  calls: 100 records read\n')
  })

  it('prints nothing in --json mode', () => {
    const out = stream(true)
    const progress = createProgress(createTerminal(out, { json: true }), 'calls')
    progress.update(50, 100)
    progress.finish('done')
    expect(out.text).toBe('')
  })
})

describe('spinner', () => {
  it('prints plain status lines when not a TTY', () => {
    const out = stream(false)
    const spinner = createSpinner(createTerminal(out), 'Waiting')
    spinner.update('Waiting')
    spinner.update('Still waiting')
    spinner.succeed('Done')
    expect(out.text).toBe('  … Waiting\n  … Still waiting\n  ✔ Done\n')
  })

  it('animates on a TTY and clears its line when it stops', () => {
    const out = stream(true)
    const spinner = createSpinner(createTerminal(out), 'Waiting')
    spinner.fail('Failed')
    expect(out.text.startsWith('\r\x1b[2K  ⠋ Waiting')).toBe(true)
    expect(out.text.endsWith('\r\x1b[2K  ✖ Failed\n')).toBe(true)
  })
})
