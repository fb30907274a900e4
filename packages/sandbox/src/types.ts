// The public shapes of @ringplus/sandbox: options in, the handle out. Every member is documented
// because api-extractor fails the build on anything undocumented.

/**
 * The sandbox's clock. Token and code expiry, rate-limit windows and carrier-request
 * processing all follow it, so a test can move time instead of waiting.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox({ clock: 'manual' })
 * sandbox.clock.advance(24 * 60 * 60 * 1000) // every token issued so far has now expired
 * ```
 * @public
 */
export interface SandboxClock {
  /** The sandbox's current time. */
  now(): Date
  /** Moves the clock forward by `ms` milliseconds (negative values move it back). */
  advance(ms: number): void
  /** Puts the clock at `date`; a real-time clock keeps ticking from there. */
  set(date: Date): void
}

/**
 * One fault-injection rule. A request matches when its method and path match; then the
 * rule fires for every match, for a share of matches (`rate`), for the next `times`
 * matches, or for a share of matches until it has fired `times` times.
 *
 * @example
 * ```ts
 * sandbox.faults.add({ path: '/accounts/{account_id}/phone_calls', kind: 'status', status: 503, times: 2 })
 * ```
 * @public
 */
export interface FaultRule {
  /** HTTP method to match (any when omitted), e.g. `'GET'`. */
  method?: string | undefined
  /**
   * Path to match (any when omitted): an exact path (`/oauth/token`), a template whose
   * `{name}` segments match any one segment (`/accounts/{account_id}/phone_calls`), or a
   * regular expression tested against the path without its query string.
   */
  path?: string | RegExp | undefined
  /**
   * What happens: `latency` delays the request by `delayMs` and then serves it normally;
   * `status` answers `status` with the contract's error body; `reset` sends the status line,
   * headers and half a body, then resets the connection; `malformed` answers 200 with a
   * truncated JSON body.
   */
  kind: 'latency' | 'status' | 'reset' | 'malformed'
  /** Status for `kind: 'status'`. @defaultValue 500 */
  status?: number | undefined
  /** Delay for `kind: 'latency'`, in milliseconds. @defaultValue 1000 */
  delayMs?: number | undefined
  /** Fire for at most this many matching requests, then drop the rule. @defaultValue unlimited */
  times?: number | undefined
  /** Fire for this share (0–1) of matching requests, drawn from the seeded PRNG. @defaultValue 1 */
  rate?: number | undefined
}

/**
 * Adds and removes fault-injection rules at run time.
 *
 * @example
 * ```ts
 * sandbox.faults.add({ method: 'POST', path: '/oauth/token', kind: 'reset', times: 1 })
 * sandbox.faults.clear()
 * ```
 * @public
 */
export interface SandboxFaults {
  /** Adds a rule; rules are tried in the order they were added. */
  add(rule: FaultRule): void
  /** Removes every rule. */
  clear(): void
}

/**
 * Which requests {@link SandboxTraffic.count} counts.
 *
 * @example
 * ```ts
 * const filter: TrafficFilter = { method: 'POST', path: '/oauth/token' }
 * ```
 * @public
 */
export interface TrafficFilter {
  /** HTTP method (any when omitted). */
  method?: string | undefined
  /** Path: exact, a `{name}` template or a regular expression, as in {@link FaultRule.path}. */
  path?: string | RegExp | undefined
}

/**
 * Counts the requests the sandbox received (faulted ones included).
 *
 * @example
 * ```ts
 * expect(sandbox.traffic.count({ method: 'POST', path: '/oauth/token' })).toBe(1)
 * ```
 * @public
 */
export interface SandboxTraffic {
  /** How many received requests match `filter` (all of them when omitted). */
  count(filter?: TrafficFilter): number
  /** Forgets every request counted so far. */
  reset(): void
}

/**
 * A seeded user and the password seeding gave them.
 *
 * @example
 * ```ts
 * const [alice] = sandbox.credentials.users
 * ```
 * @public
 */
export interface SandboxUser {
  /** The user's id. */
  id: number
  /** The user's sign-in e-mail address (`example.com`). */
  email: string
  /** The seeded password (12 characters or more); a `PUT /users/{id}` may since have changed it. */
  password: string
  /** Ids of the user's accounts (lines) when the sandbox started. */
  account_ids: number[]
}

/**
 * What a client needs to talk to the sandbox: the facts `ringplus-sandbox --json` prints.
 *
 * @example
 * ```ts
 * const { client_id, client_secret, redirect_uris } = sandbox.credentials
 * ```
 * @public
 */
export interface SandboxCredentials {
  /** The sandbox's base URL, e.g. `http://127.0.0.1:53111`. */
  url: string
  /** Client id of the seeded confidential application. */
  client_id: string
  /** Client secret of the seeded confidential application. */
  client_secret: string
  /** Client id of the seeded public application (no secret; PKCE required). */
  public_client_id: string
  /** Redirect URIs both applications registered; loopback URIs match on any port. */
  redirect_uris: string[]
  /** The seeded users: user A has two lines, user B one, user C none. */
  users: SandboxUser[]
  /** Billing plans any user may register a line with. */
  billing_plan_ids: number[]
  /** Each user's credit cards, keyed by user id. */
  credit_card_ids: Record<string, number[]>
  /** ESNs/MEIDs on the lost-or-stolen list: device changes and registrations with them fail. */
  lost_or_stolen_esns: string[]
}

/**
 * A token response as `POST /oauth/token` answers it (contract §2).
 *
 * @example
 * ```ts
 * const token: TokenResponse = sandbox.issueToken({ email: 'alice@example.com' })
 * fetch(`${sandbox.url}/accounts`, { headers: { authorization: `Bearer ${token.access_token}` } })
 * ```
 * @public
 */
export interface TokenResponse {
  /** 64 hex digits. */
  access_token: string
  /** Always `"bearer"`. */
  token_type: 'bearer'
  /** Seconds until the access token expires. */
  expires_in: number
  /** 64 hex digits; single use (refresh rotates). */
  refresh_token: string
  /** Granted scopes, space-separated, e.g. `"public voicemail"`. */
  scope: string
  /** Unix time (seconds, on the sandbox clock) the token was issued. */
  created_at: number
}

/**
 * Options of {@link Sandbox.issueToken}.
 *
 * @example
 * ```ts
 * sandbox.issueToken({ email: 'bob@example.com', scope: 'public', expires_in: 60 })
 * ```
 * @public
 */
export interface IssueTokenOptions {
  /** The user the token acts for. */
  email: string
  /** Space-separated scopes. @defaultValue `'public manage voicemail request'` */
  scope?: string | undefined
  /** The application the token is issued to. @defaultValue the seeded confidential application */
  client_id?: string | undefined
  /** Lifetime in seconds. @defaultValue the sandbox's `tokenTtlSeconds` */
  expires_in?: number | undefined
}

/**
 * Options of {@link Sandbox.createApplication}.
 *
 * @example
 * ```ts
 * const app = sandbox.createApplication({ name: 'Consent test', redirect_uris: ['http://127.0.0.1/cb'] })
 * ```
 * @public
 */
export interface CreateApplicationOptions {
  /** The application's display name (shown on the consent page). */
  name: string
  /** Registered redirect URIs. */
  redirect_uris: string[]
  /** `false` registers a public client (no secret, PKCE required). @defaultValue true */
  confidential?: boolean | undefined
}

/**
 * An application {@link Sandbox.createApplication} registered. No user has granted it
 * anything yet, so signing in goes through the consent page.
 *
 * @example
 * ```ts
 * const { client_id, client_secret } = sandbox.createApplication({ name: 'x', redirect_uris: ['http://127.0.0.1/cb'] })
 * ```
 * @public
 */
export interface SandboxApplication {
  /** The new client id. */
  client_id: string
  /** The new client secret; absent for a public client. */
  client_secret?: string
  /** The registered redirect URIs. */
  redirect_uris: string[]
}

/**
 * Options of {@link startSandbox}.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox({ processingDelayMs: 0, clock: 'manual' })
 * ```
 * @public
 */
export interface SandboxOptions {
  /** TCP port; 0 picks a free one. @defaultValue 0 */
  port?: number | undefined
  /** Interface to listen on. @defaultValue '127.0.0.1' */
  host?: string | undefined
  /** SQLite database file, or `':memory:'`. An existing file is reused as it is (not re-seeded). @defaultValue ':memory:' */
  db?: string | undefined
  /** Seed of the deterministic world (users, lines, usage, secrets). @defaultValue 1 */
  seed?: number | undefined
  /** Call records for user A's first line (load tests); the default world has about 1,000 per line. @defaultValue 0 */
  scale?: number | undefined
  /** How long a carrier request takes to complete, in sandbox-clock milliseconds. @defaultValue 2000 */
  processingDelayMs?: number | undefined
  /** Access-token lifetime in seconds. @defaultValue 86400 */
  tokenTtlSeconds?: number | undefined
  /** Requests per access token per fixed window. @defaultValue `{ requests: 600, windowSeconds: 300 }` */
  rateLimit?: { requests: number; windowSeconds: number } | undefined
  /**
   * Enables the HTTP fault-control routes (`POST`/`DELETE /_sandbox/faults`). The
   * {@link Sandbox.faults} handle works either way; no fault fires until a rule is added.
   * @defaultValue false
   */
  faults?: boolean | undefined
  /** `'manual'` freezes the clock until advanced; `'real'` follows wall-clock time. @defaultValue 'real' */
  clock?: 'real' | 'manual' | undefined
}

/**
 * A running sandbox.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox()
 * try {
 *   const { access_token } = sandbox.issueToken({ email: sandbox.credentials.users[0]!.email })
 *   const res = await fetch(`${sandbox.url}/accounts`, { headers: { authorization: `Bearer ${access_token}` } })
 * } finally {
 *   await sandbox.stop()
 * }
 * ```
 * @public
 */
export interface Sandbox {
  /** Base URL, e.g. `http://127.0.0.1:53111` (the API and the OAuth pages share it). */
  url: string
  /** Client ids, secrets, users and passwords of the seeded world. */
  credentials: SandboxCredentials
  /** The sandbox's clock. */
  clock: SandboxClock
  /** Fault injection. */
  faults: SandboxFaults
  /** Request counters. */
  traffic: SandboxTraffic
  /** Mints a token directly, without the OAuth dance (a test convenience). Throws on an unknown e-mail, client or scope. */
  issueToken(options: IssueTokenOptions): TokenResponse
  /** Registers a new application that no user has granted yet. */
  createApplication(options: CreateApplicationOptions): SandboxApplication
  /** Withdraws a user's grant to an application and revokes the tokens issued under it. */
  revokeGrant(options: { email: string; client_id: string }): void
  /** Stops listening and closes the database. */
  stop(): Promise<void>
}
