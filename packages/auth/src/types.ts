// The public shapes of @ringplus/auth: token sets, token stores, the OAuth client and its options.
import type { AuthProvider } from '@ringplus/transport'

/**
 * A token as the SDK keeps it: the token endpoint's response (wire names) plus the moment the
 * access token expires, computed when it was received.
 *
 * @example
 * ```ts
 * const token: TokenSet | undefined = await auth.getTokenSet()
 * if (token?.expires_at) console.log('expires', new Date(token.expires_at * 1000))
 * ```
 * @public
 */
export interface TokenSet {
  /** The bearer token sent as `Authorization: Bearer <access_token>`. Secret. */
  access_token: string
  /** Always `bearer` for RingPlus (compared case-insensitively). */
  token_type: string
  /** Trades for a new pair at the token endpoint; rotates on every refresh. Secret. */
  refresh_token?: string | undefined
  /** Space-separated scopes the token carries, e.g. `public voicemail`. */
  scope?: string | undefined
  /** Lifetime in seconds as the server announced it (RingPlus: 86400). */
  expires_in?: number | undefined
  /** Unix time in seconds the server says it issued the token (server clock). */
  created_at?: number | undefined
  /**
   * Unix time in seconds when the access token expires, by the local clock: the receipt time plus
   * `expires_in`. Absent when the server announced no lifetime.
   */
  expires_at?: number | undefined
}

/**
 * Where an OAuth client keeps its token. Implement it to share tokens between processes or to
 * keep them in a database; `createMemoryTokenStore` and `createFileTokenStore` (from
 * `@ringplus/auth/node`) are the built-in ones.
 *
 * @remarks
 * `compareAndSet` makes the store safe to share: a client that refreshed writes its new pair only
 * if the store still holds the token it refreshed from; otherwise it adopts what is stored (another
 * process refreshed first). Without it, the last writer wins.
 *
 * @example
 * ```ts
 * const redisStore: TokenStore = {
 *   async get() { const raw = await redis.get('ringplus'); return raw ? JSON.parse(raw) : undefined },
 *   async set(token) { token ? await redis.set('ringplus', JSON.stringify(token)) : await redis.del('ringplus') },
 * }
 * ```
 * @public
 */
export interface TokenStore {
  /** The stored token, or `undefined` when there is none. */
  get(): Promise<TokenSet | undefined> | TokenSet | undefined
  /** Replaces the stored token as one unit (access and refresh token together); `undefined` clears it. */
  set(token: TokenSet | undefined): Promise<void> | void
  /**
   * Stores `next` only if the store still holds `expected` (same `access_token` and
   * `refresh_token`, or both absent), atomically; resolves whether it wrote.
   */
  compareAndSet?(expected: TokenSet | undefined, next: TokenSet | undefined): Promise<boolean> | boolean
}

/**
 * Options of {@link createOAuthClient}.
 *
 * @example
 * ```ts
 * const options: OAuthClientOptions = {
 *   clientId: process.env.RINGPLUS_CLIENT_ID!,
 *   clientSecret: process.env.RINGPLUS_CLIENT_SECRET,
 *   redirectUri: 'https://app.example.com/callback',
 *   scopes: ['public', 'voicemail'],
 * }
 * ```
 * @public
 */
export interface OAuthClientOptions {
  /** The application's client id. */
  clientId: string
  /**
   * The application's client secret, for confidential (server-side) clients; sent with HTTP Basic.
   * Omit it for public clients (browser, mobile, CLI), which rely on PKCE alone.
   * @defaultValue `undefined` (public client)
   */
  clientSecret?: string | undefined
  /** The redirect URI registered for the application, exactly. */
  redirectUri: string
  /**
   * Scopes to ask for: `public`, `manage`, `voicemail`, `request`.
   * @defaultValue `[]` — none sent; the server grants `public`
   */
  scopes?: readonly string[] | undefined
  /**
   * The origin (and optional path prefix) serving `/oauth/authorize` and `/oauth/token`; one setting
   * to point everything at another host, e.g. a sandbox's `url`.
   * @defaultValue `'https://my.ringplus.net'`
   */
  authBaseUrl?: string | undefined
  /**
   * The authorization endpoint; overrides the one derived from `authBaseUrl`.
   * @defaultValue `'https://my.ringplus.net/oauth/authorize'`
   */
  authorizeUrl?: string | undefined
  /**
   * The token endpoint; overrides the one derived from `authBaseUrl`.
   * @defaultValue `'https://my.ringplus.net/oauth/token'`
   */
  tokenUrl?: string | undefined
  /**
   * Where the token lives between calls (and processes).
   * @defaultValue a fresh {@link createMemoryTokenStore}
   */
  store?: TokenStore | undefined
  /**
   * How long before its expiry (ms) an access token is refreshed ahead of use.
   * @defaultValue `60_000`
   */
  refreshSkew?: number | undefined
  /**
   * Called once per token received from the token endpoint (code exchange or refresh), after it
   * is stored; awaited, and a rejection rejects the call that obtained the token.
   * @defaultValue `undefined`
   */
  onToken?: ((token: TokenSet) => void | Promise<void>) | undefined
  /**
   * The `fetch` used for token requests.
   * @defaultValue `globalThis.fetch`
   */
  fetch?: typeof globalThis.fetch | undefined
  /**
   * Per-request timeout for token requests, in milliseconds.
   * @defaultValue `30_000`
   */
  timeout?: number | undefined
  /**
   * Allows `http:` endpoints on hosts other than loopback. `http://127.0.0.1`, `http://[::1]` and
   * `http://localhost` are always allowed (a local sandbox); anything else must be `https:` unless
   * this is set, since client secrets and tokens would travel in clear text.
   * @defaultValue `false`
   */
  allowInsecureRequests?: boolean | undefined
  /**
   * The clock, in milliseconds since the epoch, used to compute and check expiry.
   * @defaultValue `Date.now`
   */
  now?: (() => number) | undefined
}

/**
 * Options of {@link OAuthClient.authorizationUrl}.
 *
 * @example
 * ```ts
 * const request = await auth.authorizationUrl({ scopes: ['public', 'voicemail'] })
 * ```
 * @public
 */
export interface AuthorizationUrlOptions {
  /** Scopes for this request; overrides the client's `scopes`. */
  scopes?: readonly string[] | undefined
  /**
   * The redirect URI for this request; overrides the client's `redirectUri` (e.g. a loopback URI
   * with the port a CLI is listening on: loopback URIs match on any port).
   */
  redirectUri?: string | undefined
}

/**
 * What one authorization request needs kept until the user comes back: store it in the user's
 * session (server) or `sessionStorage` (browser), and pass it to {@link OAuthClient.exchangeCode}.
 *
 * @example
 * ```ts
 * const { url, state, codeVerifier } = await auth.authorizationUrl()
 * session.oauth = { state, codeVerifier }
 * response.redirect(url)
 * ```
 * @public
 */
export interface AuthorizationRequest {
  /** Where to send the user: the authorization endpoint with PKCE (S256) and `state`. */
  url: string
  /** The random `state` the redirect must echo (CSRF protection). */
  state: string
  /** The PKCE code verifier the code exchange must present. Secret. */
  codeVerifier: string
  /** The redirect URI this request used; the code exchange must send the same one. */
  redirectUri: string
}

/**
 * The parts of an {@link AuthorizationRequest} that {@link OAuthClient.exchangeCode} checks and
 * sends.
 *
 * @example
 * ```ts
 * const pending: PendingAuthorization = { state: session.state, codeVerifier: session.codeVerifier }
 * ```
 * @public
 */
export interface PendingAuthorization {
  /** The `state` generated for the request. */
  state: string
  /** The PKCE code verifier generated for the request. */
  codeVerifier: string
  /** The redirect URI used for the request. @defaultValue the client's `redirectUri` */
  redirectUri?: string | undefined
}

/**
 * Options every network call of an {@link OAuthClient} accepts.
 *
 * @example
 * ```ts
 * await auth.refreshToken({ signal: AbortSignal.timeout(5_000) })
 * ```
 * @public
 */
export interface OAuthCallOptions {
  /** Abandons the call. A refresh shared with other callers goes on for them. */
  signal?: AbortSignal | undefined
}

/**
 * An OAuth 2.0 client for RingPlus: builds authorization URLs (PKCE S256 + state), exchanges the
 * redirect for a token, keeps the token fresh, and plugs into `createClient({ auth })` of
 * `@ringplus/transport` as its {@link @ringplus/transport#AuthProvider}.
 *
 * @example
 * ```ts
 * const auth = createOAuthClient({ clientId, redirectUri })
 * const api = createClient({ auth })
 * ```
 * @public
 */
export interface OAuthClient extends AuthProvider {
  /**
   * A new authorization request: the URL to send the user to, with a fresh random `state` and PKCE
   * verifier that must be kept until the user comes back.
   */
  authorizationUrl(options?: AuthorizationUrlOptions): Promise<AuthorizationRequest>
  /**
   * Completes the flow from the full URL the user was redirected to: checks `state` before any
   * network call, turns an `error=` redirect into an error, exchanges the code (with the PKCE
   * verifier) and stores the token.
   */
  exchangeCode(callbackUrl: string | URL, pending: PendingAuthorization, options?: OAuthCallOptions): Promise<TokenSet>
  /** Refreshes now (sharing a refresh already in flight) and resolves the new token. */
  refreshToken(options?: OAuthCallOptions): Promise<TokenSet>
  /**
   * Resolves a valid access token, refreshing first when it expires within `refreshSkew`;
   * concurrent callers share one refresh.
   */
  getToken(options?: OAuthCallOptions): Promise<string>
  /**
   * Called by the transport once when `rejectedToken` was answered 401: resolves the stored token if
   * it is already a different one (someone refreshed meanwhile), otherwise refreshes (single-flight).
   */
  refresh(options: { rejectedToken: string; signal?: AbortSignal | undefined }): Promise<string>
  /** The stored token, if any. */
  getTokenSet(): Promise<TokenSet | undefined>
  /**
   * Stores a token obtained elsewhere (e.g. restored from a session); a raw token response gets its
   * `expires_at` computed. `undefined` signs out locally. Does not call `onToken`.
   */
  setToken(token: TokenSet | undefined): Promise<void>
}
