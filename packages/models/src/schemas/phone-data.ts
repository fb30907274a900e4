import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of a data-usage record (the contract's "Data"), as
 * `GET /accounts/{account_id}/phone_data` lists them.
 *
 * @remarks
 * Fields: `id`, `occurred_at` (`Date`), `account_id`, `kilobytes`, `cost` (US dollars),
 * `roaming` (boolean). Unknown fields are kept.
 *
 * @example
 * ```ts
 * const record = v.parse(PhoneDataSchema, json)
 * console.log(record.kilobytes, record.occurred_at.toISOString())
 * ```
 * @public
 */
export const PhoneDataSchema = /* @__PURE__ */ (() =>
  _looseObject({
    id: _id(),
    occurred_at: _timestamp(),
    account_id: _id(),
    kilobytes: v.number(),
    cost: v.number(),
    roaming: v.boolean(),
  }))()

/**
 * A data-usage record; see {@link PhoneDataSchema}.
 *
 * @example
 * ```ts
 * const megabytes = (records: PhoneData[]) => records.reduce((sum, r) => sum + r.kilobytes, 0) / 1024
 * ```
 * @public
 */
export type PhoneData = v.InferOutput<typeof PhoneDataSchema>
