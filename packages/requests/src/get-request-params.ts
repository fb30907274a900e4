import { IdParamSchema, paramsObject } from '@ringplus/models'

/**
 * Parameters of the status look-ups {@link getAccountRegistrationRequest},
 * {@link getDeviceChangeRequest} and {@link getPhoneNumberChangeRequest}.
 *
 * @example
 * ```ts
 * const params: GetRequestParams = { request_id: 17 }
 * const request = await getDeviceChangeRequest(client, params)
 * ```
 * @public
 */
export interface GetRequestParams {
  /** The request's id: the `id` of the value the POST resolved to. */
  request_id: number
}

/** Internal: the parameter schema the three status look-ups share. */
export const GetRequestParamsSchema = /* @__PURE__ */ paramsObject({ request_id: IdParamSchema })
