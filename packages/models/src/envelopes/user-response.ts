import type * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { UserSchema } from '../schemas/user'

/**
 * Schema of the `GET /users/{user_id}` answer: `{"user": User}` (see {@link UserSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { user } = parseResponse(UserResponseSchema, body, 'GET /users/{user_id}')
 * user.registered_on.getFullYear()
 * ```
 * @public
 */
export const UserResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    user: UserSchema,
  }))()

/**
 * The `GET /users/{user_id}` answer; see {@link UserResponseSchema}.
 *
 * @example
 * ```ts
 * const unwrap = (response: UserResponse) => response.user
 * ```
 * @public
 */
export type UserResponse = v.InferOutput<typeof UserResponseSchema>
