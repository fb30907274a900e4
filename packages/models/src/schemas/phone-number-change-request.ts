import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { _requestEntries } from '../internal/request-entries'

/**
 * Schema of a request for a new phone number on a line
 * (`POST /accounts/{account_id}/phone_number_change_requests`, polled with
 * `GET /phone_number_change_requests/{request_id}`).
 *
 * @remarks
 * Fields: `id`, `requested_on` (`Date`), `completed`, `successful`, `error_message`
 * (only when it failed), `account_id` and `account` (optional), and `phone_number`: the
 * new number, present once the request completed successfully. `null` on an optional
 * field is read as absent. Unknown fields are kept.
 *
 * @example
 * ```ts
 * const request = v.parse(PhoneNumberChangeRequestSchema, json)
 * if (request.completed && request.successful) console.log('new number', request.phone_number)
 * ```
 * @public
 */
export const PhoneNumberChangeRequestSchema = /* @__PURE__ */ (() =>
  _looseObject({
    ..._requestEntries(),
    phone_number: v.optional(v.string()),
  }))()

/**
 * A request for a new phone number; see {@link PhoneNumberChangeRequestSchema}.
 *
 * @example
 * ```ts
 * const newNumber = (request: PhoneNumberChangeRequest) => (request.successful ? request.phone_number : undefined)
 * ```
 * @public
 */
export type PhoneNumberChangeRequest = v.InferOutput<typeof PhoneNumberChangeRequestSchema>
