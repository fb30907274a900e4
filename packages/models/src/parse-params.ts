import type * as v from 'valibot'
import { _runSchema } from './internal/run-schema'
import { ParameterValidationError } from './parameter-validation-error'

/**
 * Validates an operation's parameters before any request is sent and returns the
 * schema's output.
 *
 * @remarks
 * Throws {@link ParameterValidationError} naming `operation` and each field path
 * when they do not fit; never a bare valibot error or `TypeError`. Messages never quote
 * the values (parameters can include passwords).
 *
 * @param schema - A synchronous valibot schema for the parameters.
 * @param params - What the caller passed.
 * @param operation - The operation's name for the error message, e.g. `changeDevice`.
 * @returns The schema's output.
 *
 * @example
 * ```ts
 * const ParamsSchema = v.object({ account_id: v.number(), device_esn: EsnSchema })
 * const params = parseParams(ParamsSchema, { account_id: 11, device_esn: 'A1B2C3D4' }, 'changeDevice')
 * ```
 * @public
 */
export function parseParams<const TSchema extends v.GenericSchema>(schema: TSchema, params: unknown, operation: string): v.InferOutput<TSchema> {
  const result = _runSchema(schema, params)
  if (result.success) return result.output
  throw new ParameterValidationError(operation, result.issues, result.cause === undefined ? undefined : { cause: result.cause })
}
