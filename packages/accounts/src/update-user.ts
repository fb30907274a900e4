import { IdParamSchema, StringParamSchema, paramsObject, parseParams } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'
import * as v from 'valibot'

/**
 * Parameters of {@link updateUser}: the user and at least one of `email` and `password`.
 *
 * @example
 * ```ts
 * const params: UpdateUserParams = { user_id: 1, email: 'new.address@example.com' }
 * await updateUser(client, params)
 * ```
 * @public
 */
export interface UpdateUserParams {
  /** The user to update. */
  user_id: number
  /** The new e-mail address. */
  email?: string | undefined
  /** The new password; it is sent to the API only, never put in an error or log. */
  password?: string | undefined
}

/** Internal: the parameter schema of {@link updateUser}. */
export const UpdateUserParamsSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ paramsObject({
    user_id: IdParamSchema,
    email: /* @__PURE__ */ v.optional(StringParamSchema),
    password: /* @__PURE__ */ v.optional(StringParamSchema),
  }),
  /* @__PURE__ */ v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed && dataset.value.email === undefined && dataset.value.password === undefined) {
      addIssue({ message: 'expected at least one of email and password' })
    }
  }),
)

/**
 * Changes a user's e-mail address and/or password (`PUT /users/{user_id}`, scope
 * `manage`); the body is `{"user":{"email":...,"password":...}}`.
 *
 * @remarks
 * The password never appears in an error message, `toJSON` or `util.inspect` output.
 * A token without `manage` is refused with `PermissionError` (403); an address already
 * taken or a password the API finds too short answers `ValidationError` (422).
 *
 * @param client - The client from `createClient`.
 * @param params - `user_id`, plus `email` and/or `password`.
 * @param options - Per-call `signal`, `timeout` and `headers`.
 * @returns Nothing: resolves once the API answered 204.
 *
 * @example
 * ```ts
 * await updateUser(client, { user_id: 1, email: 'new.address@example.com' })
 * ```
 * @public
 */
export async function updateUser(
  client: RingPlusClient,
  params: UpdateUserParams,
  options?: RequestOptions,
): Promise<void> {
  const { user_id, email, password } = parseParams(UpdateUserParamsSchema, params, 'updateUser')
  const user: Record<string, string> = {}
  if (email !== undefined) user['email'] = email
  if (password !== undefined) user['password'] = password
  await client.request({
    method: 'PUT',
    path: `/users/${encodeURIComponent(String(user_id))}`,
    endpoint: 'PUT /users/{user_id}',
    body: { user },
    options,
  })
}
