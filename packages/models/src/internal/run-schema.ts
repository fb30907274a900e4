import * as v from 'valibot'
import type { ValidationIssue } from '../validation-issue'
import { _issueMessage } from './issue-message'
import { _toValidationIssues } from './to-validation-issues'

// A language tag nobody registers messages under, so that messages an application set
// globally with `v.setGlobalMessage` (which may quote the received value) never apply here:
// issues get the schema's own message or `_issueMessage`.
const CONFIG = { lang: '@ringplus/models', message: _issueMessage, abortEarly: false } as const

/** The outcome of running a schema: its output, or the issues (and what was thrown, if anything). */
export type _RunResult<TOutput> =
  | { readonly success: true; readonly output: TOutput }
  | { readonly success: false; readonly issues: ValidationIssue[]; readonly cause?: unknown }

/**
 * Runs a synchronous valibot schema without ever throwing: a schema that throws (say, a
 * custom transform with a bug) is reported as one root issue, with what it threw as `cause`.
 */
export function _runSchema<const TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): _RunResult<v.InferOutput<TSchema>> {
  try {
    const result = v.safeParse(schema, input, CONFIG)
    if (result.success) return { success: true, output: result.output }
    return { success: false, issues: _toValidationIssues(result.issues) }
  } catch (cause) {
    return { success: false, issues: [{ path: '', message: 'could not be validated' }], cause }
  }
}
