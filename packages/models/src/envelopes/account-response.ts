import type * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { AccountDetailSchema } from '../schemas/account-detail'

/**
 * Schema of the `GET /accounts/{account_id}` answer: `{"account": AccountDetail}` (see {@link AccountDetailSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { account } = parseResponse(AccountResponseSchema, body, 'GET /accounts/{account_id}')
 * account.active_device.model_name
 * ```
 * @public
 */
export const AccountResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    account: AccountDetailSchema,
  }))()

/**
 * The `GET /accounts/{account_id}` answer; see {@link AccountResponseSchema}.
 *
 * @example
 * ```ts
 * const unwrap = (response: AccountResponse) => response.account
 * ```
 * @public
 */
export type AccountResponse = v.InferOutput<typeof AccountResponseSchema>
