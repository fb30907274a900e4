import { launchSandbox } from './internal/launch-sandbox'
import type { Sandbox, SandboxOptions } from './types'

/**
 * Starts a local RingPlus-compatible server (OAuth 2.0 + REST API v1 + SQLite) on
 * 127.0.0.1 and resolves once it accepts connections. The database defaults to
 * `:memory:` and is seeded with a deterministic world (see the README).
 *
 * @param options - Port, database, seed, clock, rate limit and the other knobs; all optional.
 * @returns The running sandbox: its URL, the seeded credentials, clock, fault and traffic handles.
 *
 * @example
 * ```ts
 * import { startSandbox } from '@ringplus/sandbox'
 *
 * const sandbox = await startSandbox({ processingDelayMs: 0 })
 * const { access_token } = sandbox.issueToken({ email: sandbox.credentials.users[0]!.email })
 * const res = await fetch(`${sandbox.url}/accounts`, { headers: { authorization: `Bearer ${access_token}` } })
 * console.log((await res.json()).accounts.length) // 2
 * await sandbox.stop()
 * ```
 * @public
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return (await launchSandbox(options)).sandbox
}
