import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of a call record (the contract's "Call"), as `GET /accounts/{account_id}/phone_calls` lists them.
 *
 * @remarks
 * Fields: `id`, `direction` (`'inbound' | 'outbound'`), `originating_phone_number`,
 * `destination_phone_number`, `cost` (US dollars), `start_time` (`Date`), `account_id`,
 * `duration` (seconds), `international`, `roaming` (booleans). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const call = v.parse(PhoneCallSchema, json)
 * console.log(call.direction, call.start_time.toISOString(), call.duration)
 * ```
 * @public
 */
export const PhoneCallSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    direction: v.picklist(['inbound', 'outbound']),
    originating_phone_number: v.string(),
    destination_phone_number: v.string(),
    cost: v.number(),
    start_time: _timestamp(),
    account_id: _id(),
    duration: v.number(),
    international: v.boolean(),
    roaming: v.boolean(),
  }))()

/**
 * A call record; see {@link PhoneCallSchema}.
 *
 * @example
 * ```ts
 * const minutes = (calls: PhoneCall[]) => calls.reduce((sum, call) => sum + call.duration, 0) / 60
 * ```
 * @public
 */
export type PhoneCall = v.InferOutput<typeof PhoneCallSchema>
