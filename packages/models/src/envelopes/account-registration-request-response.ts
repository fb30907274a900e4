import type * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { AccountRegistrationRequestSchema } from '../schemas/account-registration-request'

/**
 * Schema of the `POST /users/{user_id}/account_registration_requests` and `GET /account_registration_requests/{request_id}` answers: `{"account_registration_request": AccountRegistrationRequest}` (see {@link AccountRegistrationRequestSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { account_registration_request } = parseResponse(AccountRegistrationRequestResponseSchema, body, 'POST /users/{user_id}/account_registration_requests')
 * account_registration_request.completed
 * ```
 * @public
 */
export const AccountRegistrationRequestResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    account_registration_request: AccountRegistrationRequestSchema,
  }))()

/**
 * The `POST /users/{user_id}/account_registration_requests` and `GET /account_registration_requests/{request_id}` answers; see {@link AccountRegistrationRequestResponseSchema}.
 *
 * @example
 * ```ts
 * const unwrap = (response: AccountRegistrationRequestResponse) => response.account_registration_request
 * ```
 * @public
 */
export type AccountRegistrationRequestResponse = v.InferOutput<typeof AccountRegistrationRequestResponseSchema>
