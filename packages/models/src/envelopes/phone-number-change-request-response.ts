import type * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { PhoneNumberChangeRequestSchema } from '../schemas/phone-number-change-request'

/**
 * Schema of the `POST /accounts/{account_id}/phone_number_change_requests` and `GET /phone_number_change_requests/{request_id}` answers: `{"phone_number_change_request": PhoneNumberChangeRequest}` (see {@link PhoneNumberChangeRequestSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { phone_number_change_request } = parseResponse(PhoneNumberChangeRequestResponseSchema, body, 'POST /accounts/{account_id}/phone_number_change_requests')
 * phone_number_change_request.phone_number
 * ```
 * @public
 */
export const PhoneNumberChangeRequestResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    phone_number_change_request: PhoneNumberChangeRequestSchema,
  }))()

/**
 * The `POST /accounts/{account_id}/phone_number_change_requests` and `GET /phone_number_change_requests/{request_id}` answers; see {@link PhoneNumberChangeRequestResponseSchema}.
 *
 * @example
 * ```ts
 * const unwrap = (response: PhoneNumberChangeRequestResponse) => response.phone_number_change_request
 * ```
 * @public
 */
export type PhoneNumberChangeRequestResponse = v.InferOutput<typeof PhoneNumberChangeRequestResponseSchema>
