import {
  PageParamSchema,
  PerPageParamSchema,
  StringParamSchema,
  UserListResponseSchema,
  paramsObject,
  parseParams,
  type User,
} from '@ringplus/models'
import { toPage, type Page, type RequestOptions, type RingPlusClient } from '@ringplus/transport'
import * as v from 'valibot'

/**
 * Filter and paging for {@link listUsers}; all optional.
 *
 * @example
 * ```ts
 * const params: ListUsersParams = { email_address: 'jane@example.com' }
 * const [user] = await listUsers(client, params)
 * ```
 * @public
 */
export interface ListUsersParams {
  /** Only the user with this e-mail address (exact match). */
  email_address?: string | undefined
  /** Which page to return, 1-based. @defaultValue `1` */
  page?: number | undefined
  /** Records per page, 1 to 100. @defaultValue `25` */
  per_page?: number | undefined
}

/** Internal: the parameter schema of {@link listUsers}. */
export const ListUsersParamsSchema = /* @__PURE__ */ paramsObject({
  email_address: /* @__PURE__ */ v.optional(StringParamSchema),
  page: PageParamSchema,
  per_page: PerPageParamSchema,
})

/**
 * Lists the users the caller has access to (`GET /users`, scope `public`), one page at a
 * time. Works with `paginate`.
 *
 * @param client - The client from `createClient`.
 * @param params - Optional `email_address` filter and paging.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns One page of users: an array with a `pagination` property.
 *
 * @example
 * ```ts
 * const [me] = await listUsers(client)
 * console.log(me?.email)
 * ```
 * @public
 */
export async function listUsers(
  client: RingPlusClient,
  params?: ListUsersParams,
  options?: RequestOptions,
): Promise<Page<User>> {
  const query = parseParams(ListUsersParamsSchema, params ?? {}, 'listUsers')
  const response = await client.request({
    method: 'GET',
    path: '/users',
    endpoint: 'GET /users',
    query,
    schema: UserListResponseSchema,
    options,
  })
  return toPage(response, response.data.users)
}
