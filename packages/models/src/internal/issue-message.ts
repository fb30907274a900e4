import type * as v from 'valibot'

const OBJECT_TYPES = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest'])

// valibot's `expected` text, e.g. `"inbound" | "outbound"` or `(Object | Array)`, made readable:
// "one of inbound, outbound" / "object or array". It names the requirement, never the input.
function describeExpected(expected: string): string {
  const trimmed = expected.startsWith('(') && expected.endsWith(')') ? expected.slice(1, -1) : expected
  const parts = [...new Set(trimmed.split(' | '))]
  const literals = parts.every((part) => /^"[^"]*"$/.test(part))
  if (literals && parts.length > 1) return `one of ${parts.map((part) => part.slice(1, -1)).join(', ')}`
  return parts.map((part) => (part === 'Object' ? 'object' : part === 'Array' ? 'array' : part)).join(' or ')
}

/**
 * The message for an issue whose schema did not bring its own: short, human, and built
 * only from what was expected, never from the received value (which could be a secret).
 * Used as valibot's `config.message` by `parseResponse` and `parseParams`.
 */
export function _issueMessage(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.[issue.path.length - 1]
  if (issue.kind === 'schema' && OBJECT_TYPES.has(issue.type) && last?.origin === 'key' && issue.input === undefined) {
    return 'is required'
  }
  if (issue.kind === 'schema') {
    if (OBJECT_TYPES.has(issue.type)) return 'expected object'
    if (issue.type === 'array') return 'expected array'
  }
  if (issue.expected) return `expected ${describeExpected(issue.expected)}`
  return 'is invalid'
}
