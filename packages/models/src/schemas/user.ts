import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'
import { AccountSchema } from './account'
import { ShippingAddressSchema } from './shipping-address'

/**
 * Schema of a RingPlus user (the customer), as `GET /users` and `GET /users/{user_id}` return it.
 *
 * @remarks
 * Fields: `id`, `email`, `registered_on` (`Date`), `shipping_addresses`
 * ({@link ShippingAddress}[]), `accounts` ({@link Account}[]). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const user = v.parse(UserSchema, json)
 * console.log(user.email, user.accounts.map((account) => account.phone_number))
 * ```
 * @public
 */
export const UserSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    email: v.string(),
    registered_on: _timestamp(),
    shipping_addresses: v.array(ShippingAddressSchema),
    accounts: v.array(AccountSchema),
  }))()

/**
 * A RingPlus user; see {@link UserSchema}.
 *
 * @example
 * ```ts
 * const lines = (user: User) => user.accounts.length
 * ```
 * @public
 */
export type User = v.InferOutput<typeof UserSchema>
