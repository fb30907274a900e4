import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of a billing subscription, as found in {@link AccountDetail}'s `billing_subscriptions`.
 *
 * @remarks
 * Fields: `id`, `billing_plan_id`, `name`, `price` (US dollars), `start_date`,
 * `created_at`, `updated_at`. All three dates become `Date`; `start_date` may be a
 * date-only string (`2016-09-01`, read as UTC midnight). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const subscription = v.parse(BillingSubscriptionSchema, json)
 * console.log(subscription.name, subscription.price, subscription.start_date.toISOString())
 * ```
 * @public
 */
export const BillingSubscriptionSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    billing_plan_id: _id(),
    name: v.string(),
    price: v.number(),
    start_date: _timestamp(),
    created_at: _timestamp(),
    updated_at: _timestamp(),
  }))()

/**
 * A billing subscription of an account; see {@link BillingSubscriptionSchema}.
 *
 * @example
 * ```ts
 * const monthly = (subscriptions: BillingSubscription[]) => subscriptions.reduce((sum, s) => sum + s.price, 0)
 * ```
 * @public
 */
export type BillingSubscription = v.InferOutput<typeof BillingSubscriptionSchema>
