import {
  AccountRegistrationRequestResponseSchema,
  EsnSchema,
  IccidSchema,
  IdParamSchema,
  StringParamSchema,
  paramsObject,
  parseParams,
  type AccountRegistrationRequest,
} from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'
import * as v from 'valibot'

/**
 * Parameters of {@link registerAccount}.
 *
 * @example
 * ```ts
 * const params: RegisterAccountParams = { user_id: 1, name: 'Kid', billing_plan_id: 2, device_esn: 'A1B2C3D4', credit_card_id: 3 }
 * const request = await registerAccount(client, params)
 * ```
 * @public
 */
export interface RegisterAccountParams {
  /** The user the new line will belong to. */
  user_id: number
  /** A name for the new account. */
  name: string
  /** The billing plan of the new line (one of the plans RingPlus offers). */
  billing_plan_id: number
  /** The device's ESN (8 hex digits) or MEID (14 hex digits). */
  device_esn: string
  /** A credit card already on file for the user. */
  credit_card_id: number
  /** The SIM card's ICCID (19–20 digits, Luhn-checked), when the device has one. */
  device_iccid?: string | undefined
}

/** Internal: the parameter schema of {@link registerAccount}. */
export const RegisterAccountParamsSchema = /* @__PURE__ */ paramsObject({
  user_id: IdParamSchema,
  name: StringParamSchema,
  billing_plan_id: IdParamSchema,
  device_esn: EsnSchema,
  credit_card_id: IdParamSchema,
  device_iccid: /* @__PURE__ */ v.optional(IccidSchema),
})

/**
 * Files a request to register a new line for a user
 * (`POST /users/{user_id}/account_registration_requests`, scope `request`). The carrier
 * works on it in the background: poll it with {@link getAccountRegistrationRequest} or
 * {@link waitForRequest} (kind `"account_registration"`); once it succeeds it carries the
 * new `account`.
 *
 * @remarks
 * The ESN/MEID and ICCID formats are checked locally (`ParameterValidationError`, nothing
 * sent); the API checks that the plan exists and that the card is the user's
 * (`ValidationError`, 422). The POST is never re-sent by the transport's retries once it
 * may have reached the server.
 *
 * @param client - The client from `createClient`.
 * @param params - The user, the account's name, plan, device and card.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The new request, not yet completed.
 *
 * @example
 * ```ts
 * const request = await registerAccount(client, {
 *   user_id: 1, name: 'Kid', billing_plan_id: 2, device_esn: 'A1B2C3D4', credit_card_id: 3,
 * })
 * const done = await waitForRequest(client, { kind: 'account_registration', id: request.id })
 * ```
 * @public
 */
export async function registerAccount(
  client: RingPlusClient,
  params: RegisterAccountParams,
  options?: RequestOptions,
): Promise<AccountRegistrationRequest> {
  const { user_id, device_iccid, ...fields } = parseParams(RegisterAccountParamsSchema, params, 'registerAccount')
  const response = await client.request({
    method: 'POST',
    path: `/users/${encodeURIComponent(String(user_id))}/account_registration_requests`,
    endpoint: 'POST /users/{user_id}/account_registration_requests',
    body: { account_registration_request: device_iccid === undefined ? fields : { ...fields, device_iccid } },
    schema: AccountRegistrationRequestResponseSchema,
    options,
  })
  return response.data.account_registration_request
}
