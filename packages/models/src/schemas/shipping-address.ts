import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'

/**
 * Schema of a shipping address, as found in {@link User}'s `shipping_addresses`.
 *
 * @remarks
 * Fields: `id`, `name`, `line1`, `line2` (optional), `city`, `state`, `zip` (a string:
 * ZIP codes keep their leading zeros). `null` on `line2` is read as absent. Unknown
 * fields are kept.
 *
 * @example
 * ```ts
 * const address = v.parse(ShippingAddressSchema, { id: 3, name: 'Home', line1: '1 Main St', city: 'Austin', state: 'TX', zip: '78701' })
 * ```
 * @public
 */
export const ShippingAddressSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    name: v.string(),
    line1: v.string(),
    line2: v.optional(v.string()),
    city: v.string(),
    state: v.string(),
    zip: v.string(),
  }))()

/**
 * A shipping address of a {@link User}; see {@link ShippingAddressSchema}.
 *
 * @example
 * ```ts
 * const label = (address: ShippingAddress) => [address.line1, address.line2, `${address.city}, ${address.state} ${address.zip}`].filter(Boolean).join('\n')
 * ```
 * @public
 */
export type ShippingAddress = v.InferOutput<typeof ShippingAddressSchema>
