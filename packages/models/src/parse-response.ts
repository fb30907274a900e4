import type * as v from 'valibot'
import { _runSchema } from './internal/run-schema'
import { ResponseValidationError } from './response-validation-error'

/**
 * Validates a response body against a schema and returns the parsed value (timestamps
 * as `Date`, unknown fields kept).
 *
 * @remarks
 * Throws {@link ResponseValidationError} naming `endpoint` and each field path when the
 * body does not fit; never a bare valibot error or `TypeError`, whatever `body` is.
 * Issue messages come from the schema when it sets one, otherwise they are derived from
 * what was expected (`expected number`, `is required`): values are never quoted, even
 * if the application changed valibot's global messages.
 *
 * @param schema - A synchronous valibot schema, typically an envelope such as `PhoneCallListResponseSchema`.
 * @param body - The parsed JSON body.
 * @param endpoint - The endpoint template for the error message, e.g. `GET /accounts/{account_id}/phone_calls`.
 * @returns The schema's output.
 *
 * @example
 * ```ts
 * const { voicemail_messages } = parseResponse(VoicemailMessageListResponseSchema, await response.json(),
 *   'GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages')
 * voicemail_messages[0]?.received_on.toISOString()
 * ```
 * @public
 */
export function parseResponse<const TSchema extends v.GenericSchema>(schema: TSchema, body: unknown, endpoint: string): v.InferOutput<TSchema> {
  const result = _runSchema(schema, body)
  if (result.success) return result.output
  throw new ResponseValidationError(endpoint, result.issues, body, result.cause === undefined ? undefined : { cause: result.cause })
}
