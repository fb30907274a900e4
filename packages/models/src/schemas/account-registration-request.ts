import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _requestEntries } from '../internal/request-entries'

/**
 * Schema of a request to register a new line (`POST /users/{user_id}/account_registration_requests`,
 * polled with `GET /account_registration_requests/{request_id}`).
 *
 * @remarks
 * Fields: `id`, `requested_on` (`Date`), `completed`, `successful`, `error_message`
 * (only when it failed), `account_id` and `account` ({@link Account}; both only once it
 * completed successfully), and what was submitted: `name`, `billing_plan_id`,
 * `device_esn`, `credit_card_id`, `device_iccid` (optional). `null` on an optional field
 * is read as absent. Unknown fields are kept.
 *
 * @example
 * ```ts
 * const request = v.parse(AccountRegistrationRequestSchema, json)
 * if (request.completed && request.successful) console.log('new line', request.account?.phone_number)
 * ```
 * @public
 */
export const AccountRegistrationRequestSchema = /* @__PURE__ */ (() =>
  _looseObject({
    ..._requestEntries(),
    name: v.string(),
    billing_plan_id: _id(),
    device_esn: v.string(),
    credit_card_id: _id(),
    device_iccid: v.optional(v.string()),
  }))()

/**
 * A request to register a new line; see {@link AccountRegistrationRequestSchema}.
 *
 * @example
 * ```ts
 * const failed = (request: AccountRegistrationRequest) => request.completed && !request.successful
 * ```
 * @public
 */
export type AccountRegistrationRequest = v.InferOutput<typeof AccountRegistrationRequestSchema>
