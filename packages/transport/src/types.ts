// The seams other packages build on. Keep these stable: auth implements AuthProvider,
// every domain operation calls RingPlusClient.request and returns validated models.
import type { GenericSchema, InferOutput } from 'valibot'

/** HTTP methods the RingPlus API uses. @public */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** A query-string value; `undefined` entries are dropped, arrays repeat the key. @public */
export type QueryValue = string | number | boolean | Date | undefined | null | readonly (string | number | boolean)[]

/**
 * What an auth strategy (such as `@ringplus/auth`) supplies to the transport.
 * @public
 */
export interface AuthProvider {
  /** Resolves the access token to send as `Authorization: Bearer <token>`. */
  getToken(options: { signal?: AbortSignal | undefined }): Promise<string>
  /**
   * Asked once when a call is answered 401 `invalid_token`; the call is then replayed
   * once with the token this resolves to. `rejectedToken` is the token that was refused,
   * so concurrent callers can tell whether someone else already refreshed.
   */
  refresh?(options: { rejectedToken: string; signal?: AbortSignal | undefined }): Promise<string>
}

/** Per-call options every operation accepts as its last argument. @public */
export interface RequestOptions {
  /** Cancels the call, including retry back-off and rate-limit waits. */
  signal?: AbortSignal | undefined
  /** Per-attempt timeout in milliseconds; overrides the client's. */
  timeout?: number | undefined
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined
}

/**
 * One API call, as a domain operation describes it to {@link RingPlusClient.request}.
 * @public
 */
export interface ApiRequest<TSchema extends GenericSchema | undefined = GenericSchema | undefined> {
  method: HttpMethod
  /** Path below the base URL with ids already encoded, e.g. `/accounts/12/phone_calls`. */
  path: string
  /** The endpoint template, for error messages: `GET /accounts/{account_id}/phone_calls`. */
  endpoint: string
  query?: Record<string, QueryValue> | undefined
  /** A JSON body (writes use the contract's container names: `{ account: { name } }`). */
  body?: Record<string, unknown> | undefined
  /** Validates the JSON body of a successful response; omitted for 204 responses. */
  schema?: TSchema
  options?: RequestOptions | undefined
}

/** A successful response, validated. @public */
export interface ApiResponse<TData> {
  data: TData
  status: number
  headers: Headers
  /** The final request URL (with query string). */
  url: string
}

/** The `X-Rate-Limit-*` state last seen by a client. @public */
export interface RateLimitState {
  limit: number
  remaining: number
  /** When the window resets. */
  reset: Date
}

/**
 * The client every operation takes as its first argument; create it with `createClient`.
 * @public
 */
export interface RingPlusClient {
  /** Sends one API call with auth, retries, rate limits, timeouts and validation. */
  request<TSchema extends GenericSchema | undefined>(
    request: ApiRequest<TSchema>,
  ): Promise<ApiResponse<TSchema extends GenericSchema ? InferOutput<TSchema> : undefined>>
  /** The rate-limit state from the most recent response, if any. */
  readonly rateLimit: RateLimitState | undefined
}
