// Test helper: the fixture the domain packages' tests share (@ringplus/accounts, usage,
// voicemail, requests, fluidcall): one sandbox per test file, users A (two lines), B (one
// line) and C (none), and clients with chosen scopes.
import { startSandbox, type Sandbox, type SandboxOptions, type SandboxUser } from '@ringplus/sandbox'
import { createClient, type ClientOptions, type RingPlusClient } from '@ringplus/transport'

export interface Fixture {
  sandbox: Sandbox
  /** User A: two lines. */
  userA: SandboxUser
  /** User B: one line. */
  userB: SandboxUser
  /** User C: no line. */
  userC: SandboxUser
  /** A client acting for `user` with `scope` (default: all four scopes). */
  clientFor(user: SandboxUser, scope?: string, options?: ClientOptions): RingPlusClient
  /** How many requests the sandbox has received so far. */
  requests(): number
  stop(): Promise<void>
}

export async function openFixture(options: SandboxOptions = {}): Promise<Fixture> {
  const sandbox = await startSandbox({ processingDelayMs: 0, ...options })
  const users = sandbox.credentials.users
  const userA = users.find((user) => user.account_ids.length === 2)
  const userB = users.find((user) => user.account_ids.length === 1)
  const userC = users.find((user) => user.account_ids.length === 0)
  if (!userA || !userB || !userC) throw new Error('the sandbox did not seed users A, B and C')
  return {
    sandbox,
    userA,
    userB,
    userC,
    clientFor(user, scope = 'public manage voicemail request', clientOptions = {}) {
      const token = sandbox.issueToken({ email: user.email, scope })
      return createClient({ baseUrl: sandbox.url, auth: token.access_token, retryCount: 0, ...clientOptions })
    },
    requests: () => sandbox.traffic.count(),
    stop: () => sandbox.stop(),
  }
}
