import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of a service on an account (voice, text, data, add-ons), as found in
 * {@link AccountDetail}'s `account_services`.
 *
 * @remarks
 * Fields: `id`, `name`, `service_type`, `active` (boolean). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const service = v.parse(AccountServiceSchema, { id: 1, name: 'Unlimited Talk', service_type: 'voice', active: true })
 * ```
 * @public
 */
export const AccountServiceSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    name: v.string(),
    service_type: v.string(),
    active: v.boolean(),
  }))()

/**
 * A service on an account; see {@link AccountServiceSchema}.
 *
 * @example
 * ```ts
 * const activeNames = (services: AccountService[]) => services.filter((s) => s.active).map((s) => s.name)
 * ```
 * @public
 */
export type AccountService = v.InferOutput<typeof AccountServiceSchema>
