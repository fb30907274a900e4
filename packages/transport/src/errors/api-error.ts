import { ErrorBodySchema, RingPlusError, type ErrorListBody, type StatusErrorBody } from '@ringplus/models'
import { safeParse } from 'valibot'

/**
 * What the transport knows about a failed response when it builds an {@link ApiError}.
 *
 * @example
 * ```ts
 * const init: ApiErrorInit = { status: 406, method: 'GET', url: 'https://api.ringplus.net/accounts', body: undefined }
 * ```
 * @public
 */
export interface ApiErrorInit {
  /** The HTTP status. */
  status: number
  /** The request method. */
  method: string
  /** The request URL, secret query parameters already redacted. */
  url: string
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown
  /** The response headers. */
  headers?: Headers | undefined
}

/**
 * The base class of every error for an HTTP error status (`4xx`/`5xx`); thrown as is for
 * statuses without a class of their own (406, 413, ...).
 *
 * @remarks
 * Both RingPlus error-body shapes are read: `{"status","error","message"}` and
 * `{"errors":[{"code","field","message"}]}`. The parsed body stays available as
 * {@link ApiError.body} but is not enumerable, so it never reaches `toJSON` or logs.
 *
 * @example
 * ```ts
 * try {
 *   await getAccount(client, { account_id: 1 })
 * } catch (error) {
 *   if (isApiError(error)) console.error(error.status, error.code, error.message)
 * }
 * ```
 * @public
 */
export class ApiError extends RingPlusError {
  /** The error's class name. */
  override name = 'ApiError'
  /** The HTTP status. */
  readonly status: number
  /** The body's `error` string (e.g. `invalid_token`) or its first `errors[].code` (e.g. `invalid`, `88`). */
  readonly code: string | number | undefined
  /** The request method. */
  readonly method: string
  /** The request URL, secret query parameters redacted. */
  readonly url: string
  /** The parsed JSON body (raw text when it is not JSON); not enumerable. */
  declare readonly body: unknown

  constructor(init: ApiErrorInit) {
    const result = safeParse(ErrorBodySchema, init.body)
    const body = (result.success ? result.output : undefined) as StatusErrorBody | undefined
    const errors = body && 'errors' in body ? (body as unknown as ErrorListBody).errors : undefined
    const detail = errors
      ? errors.map((e) => [e.field, e.message ?? e.code].filter((part) => part != null).join(' ')).join('; ')
      : (body?.message ?? body?.error)
    super(`${init.method} ${init.url} failed with ${init.status}${detail ? `: ${detail}` : ''}`)
    this.status = init.status
    this.code = errors ? errors[0]?.code : body?.error
    this.method = init.method
    this.url = init.url
    Object.defineProperty(this, 'body', { value: init.body })
  }
}
