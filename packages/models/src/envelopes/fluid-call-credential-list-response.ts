import * as v from 'valibot'
import { _looseObject } from '../internal/loose-object'
import { FluidCallCredentialSchema } from '../schemas/fluid-call-credential'

/**
 * Schema of the `GET /accounts/{account_id}/fluidcall_credentials` answer: `{"fluidcall_credentials": [FluidCallCredential, ...]}` (see {@link FluidCallCredentialSchema}).
 *
 * @remarks
 * Unknown top-level keys are kept, like unknown fields on the objects inside.
 *
 * @example
 * ```ts
 * const { fluidcall_credentials } = parseResponse(FluidCallCredentialListResponseSchema, body, 'GET /accounts/{account_id}/fluidcall_credentials')
 * fluidcall_credentials.map((credential) => credential.username)
 * ```
 * @public
 */
export const FluidCallCredentialListResponseSchema = /* @__PURE__ */ (() =>
  _looseObject({
    fluidcall_credentials: v.array(FluidCallCredentialSchema),
  }))()

/**
 * The `GET /accounts/{account_id}/fluidcall_credentials` answer; see {@link FluidCallCredentialListResponseSchema}.
 *
 * @example
 * ```ts
 * const items = (response: FluidCallCredentialListResponse) => response.fluidcall_credentials
 * ```
 * @public
 */
export type FluidCallCredentialListResponse = v.InferOutput<typeof FluidCallCredentialListResponseSchema>
