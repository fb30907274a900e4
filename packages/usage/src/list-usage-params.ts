import * as v from 'valibot'
import { DateParamSchema, IdParamSchema, PageParamSchema, PerPageParamSchema, paramsObject } from '@ringplus/models'

/**
 * Parameters of {@link listPhoneCalls}, {@link listPhoneTexts} and {@link listPhoneData}:
 * the account, an optional date window and paging.
 *
 * @example
 * ```ts
 * const params: ListUsageParams = { account_id: 1234, start_date: '2016-09-01', end_date: new Date(), per_page: 100 }
 * const texts = await listPhoneTexts(client, params)
 * ```
 * @public
 */
export interface ListUsageParams {
  /** The account whose records to list. */
  account_id: number
  /**
   * Only records at or after this time: a `Date`, or an ISO 8601 string such as
   * `"2016-09-01"` or `"2016-09-01T00:00:00Z"` (checked locally, sent as given).
   */
  start_date?: Date | string | undefined
  /** Only records at or before this time; same forms as `start_date`. */
  end_date?: Date | string | undefined
  /** Which page to return, 1-based. @defaultValue `1` */
  page?: number | undefined
  /** Records per page, 1 to 100. @defaultValue `25` */
  per_page?: number | undefined
}

/** Internal: the parameter schema the three usage listings share. */
export const ListUsageParamsSchema = /* @__PURE__ */ paramsObject({
  account_id: IdParamSchema,
  start_date: /* @__PURE__ */ v.optional(DateParamSchema),
  end_date: /* @__PURE__ */ v.optional(DateParamSchema),
  page: PageParamSchema,
  per_page: PerPageParamSchema,
})
