import type * as v from 'valibot'
import type { ValidationIssue } from '../validation-issue'

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** `phone_calls[3].start_time`; the root is the empty string. */
export function _formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  let text = ''
  for (const item of path ?? []) {
    const key: unknown = item.key
    if (typeof key === 'number') text += `[${key}]`
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text ? `.${key}` : key
    else if (typeof key === 'string') text += `[${JSON.stringify(key)}]`
    else text += '[?]'
  }
  return text
}

/** valibot issues → `{ path, message }`, without duplicates. */
export function _toValidationIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  const seen = new Set<string>()
  const result: ValidationIssue[] = []
  for (const issue of issues) {
    const path = _formatPath(issue.path)
    const key = `${path}\u0000${issue.message}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push({ path, message: issue.message })
  }
  return result
}

/** `a.b: expected number; c: is required (and 4 more)`: the first few issues for an error message. */
export function _summariseIssues(issues: readonly ValidationIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : ''
  return shown.join('; ') + more
}
