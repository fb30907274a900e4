import * as v from 'valibot'
import { _id } from '../internal/id'
import { _looseObject } from '../internal/loose-object'
import { _redactPassword } from '../internal/redact-password'
import { _timestamp } from '../internal/timestamp'

/**
 * Schema of a FluidCall (SIP calling) credential, as
 * `GET /accounts/{account_id}/fluidcall_credentials` lists them.
 *
 * @remarks
 * Fields: `id`, `account_id`, `username`, `password`, `sip_host`, `created_at`,
 * `updated_at` (`Date`). Unknown fields are kept.
 *
 * The parsed object keeps `password` readable (`credential.password`), but
 * `JSON.stringify`, `toJSON()` and `util.inspect` (so `console.log`) show
 * `"[redacted]"` instead, so the secret does not end up in logs. A copy made with
 * spread or `structuredClone` is a plain object again and shows the password.
 *
 * @example
 * ```ts
 * const credential = v.parse(FluidCallCredentialSchema, json)
 * sipClient.register(credential.sip_host, credential.username, credential.password)
 * console.log(credential) // { ..., password: '[redacted]', ... }
 * ```
 * @public
 */
export const FluidCallCredentialSchema = /* @__PURE__ */ (() =>
  v.pipe(
    _looseObject({
      id: _id(),
      account_id: _id(),
      username: v.string(),
      password: v.string(),
      sip_host: v.string(),
      created_at: _timestamp(),
      updated_at: _timestamp(),
    }),
    v.transform(_redactPassword),
  ))()

/**
 * A FluidCall (SIP calling) credential; see {@link FluidCallCredentialSchema} for how
 * its `password` is kept out of logs.
 *
 * @example
 * ```ts
 * const sipUri = (credential: FluidCallCredential) => `sip:${credential.username}@${credential.sip_host}`
 * ```
 * @public
 */
export type FluidCallCredential = v.InferOutput<typeof FluidCallCredentialSchema>
