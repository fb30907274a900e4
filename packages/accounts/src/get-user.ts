import { IdParamSchema, UserResponseSchema, paramsObject, parseParams, type User } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'

/**
 * Parameters of {@link getUser}.
 *
 * @example
 * ```ts
 * const params: GetUserParams = { user_id: 1 }
 * const user = await getUser(client, params)
 * ```
 * @public
 */
export interface GetUserParams {
  /** The user to read. */
  user_id: number
}

/** Internal: the parameter schema of {@link getUser}. */
export const GetUserParamsSchema = /* @__PURE__ */ paramsObject({ user_id: IdParamSchema })

/**
 * Reads one user (`GET /users/{user_id}`, scope `public`) with their shipping addresses
 * and accounts.
 *
 * @remarks
 * Another user's id answers `NotFoundError` (404).
 *
 * @param client - The client from `createClient`.
 * @param params - `user_id`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns The user.
 *
 * @example
 * ```ts
 * const user = await getUser(client, { user_id: 1 })
 * console.log(user.email, user.accounts.length)
 * ```
 * @public
 */
export async function getUser(client: RingPlusClient, params: GetUserParams, options?: RequestOptions): Promise<User> {
  const { user_id } = parseParams(GetUserParamsSchema, params, 'getUser')
  const response = await client.request({
    method: 'GET',
    path: `/users/${encodeURIComponent(String(user_id))}`,
    endpoint: 'GET /users/{user_id}',
    schema: UserResponseSchema,
    options,
  })
  return response.data.user
}
