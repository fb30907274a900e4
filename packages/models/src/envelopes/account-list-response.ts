import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { AccountSchema } from '../schemas/account'

/**
 * Schema of the `GET /accounts` and `GET /users/{user_id}/accounts` answers: `{"accounts": [Account, ...]}` (see {@link AccountSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { accounts } = parseResponse(AccountListResponseSchema, body, 'GET /accounts')
 * accounts.map((account) => account.name)
 * ```
 * @public
 */
export const AccountListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    accounts: v.array(AccountSchema),
  }))()

/**
 * The `GET /accounts` and `GET /users/{user_id}/accounts` answers; see {@link AccountListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: AccountListResponse) => response.accounts
 * ```
 * @public
 */
export type AccountListResponse = v.InferOutput<typeof AccountListResponseSchema>
