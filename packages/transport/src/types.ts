// The seams other packages build on. Keep these stable: auth implements AuthProvider,
// every domain operation calls RingPlusClient.request and returns validated models.
import type { GenericSchema, InferOutput } from 'valibot'

/**
 * HTTP methods the RingPlus API uses.
 *
 * @example
 * ```ts
 * const method: HttpMethod = 'GET'
 * ```
 * @public
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/**
 * A query-string value; `undefined` and `null` entries are dropped, arrays repeat the key,
 * dates are sent as ISO 8601 and booleans as `true`/`false`.
 *
 * @example
 * ```ts
 * const query: Record<string, QueryValue> = { start_date: new Date('2016-09-01'), only_new: true, page: 2 }
 * ```
 * @public
 */
export type QueryValue = string | number | boolean | Date | undefined | null | readonly (string | number | boolean)[]

/**
 * What an auth strategy (such as `@ringplus/auth`) supplies to the transport.
 *
 * @example
 * ```ts
 * const auth: AuthProvider = {
 *   getToken: async () => store.accessToken,
 *   refresh: async ({ rejectedToken }) => (store.accessToken === rejectedToken ? store.refresh() : store.accessToken),
 * }
 * const client = createClient({ auth })
 * ```
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

/**
 * Per-call options every operation accepts as its last argument.
 *
 * @example
 * ```ts
 * await getAccount(client, { account_id: 12 }, { signal: AbortSignal.timeout(5_000), headers: { 'x-request-id': id } })
 * ```
 * @public
 */
export interface RequestOptions {
  /** Cancels the call, including retry back-off and rate-limit waits; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined
  /** Per-attempt timeout in milliseconds; overrides the client's. */
  timeout?: number | undefined
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined
  /** Milliseconds the whole call may take, retries and waits included; overrides the client's. */
  deadline?: number | undefined
}

/**
 * One API call, as a domain operation describes it to {@link RingPlusClient.request}.
 *
 * @example
 * ```ts
 * const call: ApiRequest<typeof AccountResponseSchema> = {
 *   method: 'GET',
 *   path: `/accounts/${encodeURIComponent(id)}`,
 *   endpoint: 'GET /accounts/{account_id}',
 *   schema: AccountResponseSchema,
 * }
 * ```
 * @public
 */
export interface ApiRequest<TSchema extends GenericSchema | undefined = GenericSchema | undefined> {
  /** The HTTP method. */
  method: HttpMethod
  /** Path below the base URL with ids already encoded, e.g. `/accounts/12/phone_calls`. */
  path: string
  /** The endpoint template, for error messages: `GET /accounts/{account_id}/phone_calls`. */
  endpoint: string
  /** Query parameters (see {@link QueryValue} for how values are sent). */
  query?: Record<string, QueryValue> | undefined
  /** A JSON body (writes use the contract's container names: `{ account: { name } }`). */
  body?: Record<string, unknown> | undefined
  /** Validates the JSON body of a successful response; omitted for 204 responses. */
  schema?: TSchema
  /** The caller's per-call options. */
  options?: RequestOptions | undefined
}

/**
 * A successful response, validated.
 *
 * @example
 * ```ts
 * const { data, status, headers } = await client.request({ method: 'GET', path: '/users/3', endpoint: 'GET /users/{user_id}', schema: UserResponseSchema })
 * console.log(status, headers.get('x-rate-limit-remaining'), data.user.email)
 * ```
 * @public
 */
export interface ApiResponse<TData> {
  /** The body, validated by the request's schema (`undefined` without a schema, or for 204). */
  data: TData
  /** The HTTP status. */
  status: number
  /** The response headers. */
  headers: Headers
  /** The final request URL (with query string). */
  url: string
}

/**
 * The `X-Rate-Limit-*` state last seen by a client.
 *
 * @example
 * ```ts
 * const { remaining, reset } = client.rateLimit ?? {}
 * ```
 * @public
 */
export interface RateLimitState {
  /** Requests allowed per window (`X-Rate-Limit-Limit`). */
  limit: number
  /** Requests left in the current window (`X-Rate-Limit-Remaining`). */
  remaining: number
  /** When the window resets (`X-Rate-Limit-Reset`). */
  reset: Date
}

/**
 * The client every operation takes as its first argument; create it with `createClient`.
 *
 * @example
 * ```ts
 * const client: RingPlusClient = createClient({ auth: token })
 * const response = await client.request({ method: 'GET', path: '/users', endpoint: 'GET /users', schema: UserListResponseSchema })
 * ```
 * @public
 */
export interface RingPlusClient {
  /** Sends one API call with auth, retries, rate limits, timeouts and validation. */
  request<TSchema extends GenericSchema | undefined = undefined>(
    request: ApiRequest<TSchema>,
  ): Promise<ApiResponse<TSchema extends GenericSchema ? InferOutput<TSchema> : undefined>>
  /** The rate-limit state from the most recent response, if any. */
  readonly rateLimit: RateLimitState | undefined
}
