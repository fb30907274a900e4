import { ApiError, type ApiErrorInit } from './api-error'

/**
 * `403 Forbidden`: the token lacks a scope (`code` is `insufficient_scope`).
 *
 * @example
 * ```ts
 * if (isPermissionError(error)) console.error(`ask the user for the ${error.scope} scope`)
 * ```
 * @public
 */
export class PermissionError extends ApiError {
  /** The error's class name. */
  override name = 'PermissionError'
  /** The missing scope, from the `WWW-Authenticate` header's `scope` (e.g. `voicemail`). */
  readonly scope: string | undefined

  constructor(init: ApiErrorInit) {
    super(init)
    this.scope = /scope="([^"]*)"/.exec(init.headers?.get('www-authenticate') ?? '')?.[1]
  }
}
