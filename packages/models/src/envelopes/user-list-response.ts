import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { UserSchema } from '../schemas/user'

/**
 * Schema of the `GET /users` answer: `{"users": [User, ...]}` (see {@link UserSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { users } = parseResponse(UserListResponseSchema, body, 'GET /users')
 * users.map((user) => user.email)
 * ```
 * @public
 */
export const UserListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    users: v.array(UserSchema),
  }))()

/**
 * The `GET /users` answer; see {@link UserListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: UserListResponse) => response.users
 * ```
 * @public
 */
export type UserListResponse = v.InferOutput<typeof UserListResponseSchema>
