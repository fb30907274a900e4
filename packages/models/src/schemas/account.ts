import type * as v from 'valibot'
import { _accountEntries } from '../internal/account-entries'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of an account (one phone line) as listed by `GET /accounts` and
 * `GET /users/{user_id}/accounts`, and inside {@link User} and completed registration requests.
 *
 * @remarks
 * Fields: `id`, `user_id`, `name`, `phone_number`, `balance` (US dollars), `registered_on`
 * (`Date`), `email_address`. Unknown fields are kept. {@link AccountDetailSchema} is the
 * fuller shape `GET /accounts/{account_id}` returns.
 *
 * @example
 * ```ts
 * const account = v.parse(AccountSchema, json)
 * console.log(account.name, account.balance, account.registered_on.getFullYear())
 * ```
 * @public
 */
export const AccountSchema = /* @__PURE__ */ (() =>
  _looseObject(_accountEntries()))()

/**
 * An account (one phone line) as listed; see {@link AccountSchema}.
 *
 * @example
 * ```ts
 * const owing = (accounts: Account[]) => accounts.filter((account) => account.balance < 0)
 * ```
 * @public
 */
export type Account = v.InferOutput<typeof AccountSchema>
