// A small table formatter: aligned columns, a header underline, right-aligned numbers.
// Enough for a terminal; no dependency.

/** One column of a {@link formatTable} table. */
export interface Column {
  /** The header text. */
  header: string
  /** `right` for numbers and money. @defaultValue `'left'` */
  align?: 'left' | 'right'
  /** Longest cell before it is cut with an ellipsis. @defaultValue no limit */
  maxWidth?: number
}

/** Visible width of a string: code points, not UTF-16 units (no wide-glyph handling). */
export function displayWidth(text: string): number {
  return [...text].length
}

function truncate(text: string, max: number | undefined): string {
  if (max === undefined || displayWidth(text) <= max) return text
  return [...text].slice(0, Math.max(0, max - 1)).join('') + '…'
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'right' ? fill + text : text + fill
}

/**
 * Formats rows as an aligned table with a header and an underline, each line indented by
 * `indent` spaces. Cells are single-line (line breaks become spaces).
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = 2): string {
  const cells = rows.map((row) =>
    columns.map((column, i) => truncate((row[i] ?? '').replace(/\s*\n\s*/g, ' '), column.maxWidth)),
  )
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[i] ?? ''))),
  )
  const prefix = ' '.repeat(indent)
  const line = (values: readonly string[]) =>
    prefix +
    values
      .map((value, i) => {
        const isLast = i === columns.length - 1
        const align = columns[i]?.align ?? 'left'
        // No trailing spaces after a left-aligned last column.
        return isLast && align === 'left' ? value : pad(value, widths[i] ?? 0, align)
      })
      .join('  ')
  const header = line(columns.map((column) => column.header))
  const rule = line(widths.map((width) => '─'.repeat(width)))
  return [header, rule, ...cells.map(line)].join('\n')
}

/** Formats `label: value` pairs with the labels padded to one width. */
export function formatFields(fields: readonly (readonly [string, string])[], indent = 2): string {
  const width = Math.max(0, ...fields.map(([label]) => displayWidth(label)))
  const prefix = ' '.repeat(indent)
  return fields.map(([label, value]) => `${prefix}${pad(label, width, 'left')}  ${value}`).join('\n')
}
