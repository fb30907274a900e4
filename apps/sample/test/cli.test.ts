// The CLI as a user runs it: the built dist/cli.js as a process, against the embedded sandbox
// (no RINGPLUS_* settings) and against the sandbox CLI running as another process. Checks output,
// exit codes, the token file, and that errors are one line with the fix.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { randomIccid, randomMeid } from '../src/cli/device-identifiers'
import { ensureBuilt } from './helpers/build'
import { run, type RunResult } from './helpers/run'
import { startSandboxProcess, type SandboxProcess } from './helpers/sandbox-process'
import { root } from './helpers/workspace'

const CLI = join(root, 'apps/sample/dist/cli.js')
const ESC = '\x1b'
const DAY_MS = 86_400_000

let sandbox: SandboxProcess
let home: string

/** The environment with every RINGPLUS_* variable removed and a throw-away config directory. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('RINGPLUS_')) env[key] = value
  return { ...env, XDG_CONFIG_HOME: home, HOME: home, NO_COLOR: '1', ...extra }
}

/** Settings for the sandbox process, signing in as Alice, keeping the token in `tokenFile`. */
function hostEnv(tokenFile: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { facts } = sandbox
  const alice = facts.users[0]!
  return cleanEnv({
    RINGPLUS_API_URL: facts.url,
    RINGPLUS_CLIENT_ID: facts.client_id,
    RINGPLUS_CLIENT_SECRET: facts.client_secret,
    RINGPLUS_REDIRECT_URI: 'http://127.0.0.1/callback',
    RINGPLUS_USERNAME: alice.email,
    RINGPLUS_PASSWORD: alice.password,
    RINGPLUS_TOKEN_FILE: tokenFile,
    ...extra,
  })
}

const cli = (args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<RunResult> =>
  run(process.execPath, [CLI, ...args], { env, cwd: home, timeoutMs })

/** One error line on stderr, no stack trace. */
function expectOneLine(result: RunResult, code: number, pattern: RegExp) {
  expect(result.code, result.stderr).toBe(code)
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^ringplus-sample: /)
  expect(lines[0]).toMatch(pattern)
  expect(lines[0]).toMatch(/ — fix: /)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

const tokenFileIn = (name: string) => join(home, 'tokens', `${name}.json`)
const accessTokenIn = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { access_token: string }).access_token

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const unescapeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/**
 * What a person does in a browser with `login --manual`'s URL: signs in on the host's page and
 * ends on the redirect URI. Resolves the URL they were redirected to.
 */
async function signInByHand(authorizeUrl: string, email: string, password: string): Promise<string> {
  const cookies = new Map<string, string>()
  const remember = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const at = pair!.indexOf('=')
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1))
    }
  }
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const page = await fetch(authorizeUrl, { redirect: 'manual' })
  remember(page)
  const html = await page.text()
  const form = new URLSearchParams()
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.append(unescapeHtml(match[1]!), unescapeHtml(match[2]!))
  }
  form.set('user[email]', email)
  form.set('user[password]', password)
  form.set('commit', 'Sign in')
  const action = unescapeHtml(/<form method="post" action="([^"]*)"/.exec(html)![1]!)
  let response = await fetch(new URL(action, authorizeUrl), {
    method: 'POST',
    body: form,
    headers: { cookie: cookieHeader() },
    redirect: 'manual',
  })
  for (let hop = 0; hop < 5; hop += 1) {
    remember(response)
    const location = response.headers.get('location')
    if (!location) throw new Error(`sign-in stopped at ${response.status}`)
    const next = new URL(location, authorizeUrl)
    if (next.pathname === '/callback') return next.href
    response = await fetch(next, { headers: { cookie: cookieHeader() }, redirect: 'manual' })
  }
  throw new Error('too many redirects')
}

beforeAll(async () => {
  await ensureBuilt()
  home = mkdtempSync(join(tmpdir(), 'ringplus-sample-cli-'))
  sandbox = await startSandboxProcess()
}, 10 * 60_000)

afterAll(async () => {
  await sandbox?.stop()
  if (home) rmSync(home, { recursive: true, force: true })
})

describe('tour against the embedded sandbox (no RINGPLUS_* settings)', () => {
  it('walks through the API as readable tables', async () => {
    const result = await cli(['tour'], cleanEnv())
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const out = result.stdout
    expect(out).toContain('starting the embedded sandbox in-process')
    expect(out).toMatch(/Signed in as \S+@example\.com with OAuth 2\.0/)
    expect(out).toContain('Scopes granted: public voicemail request')
    for (const heading of [
      '1. Signing in',
      '2. You and your accounts',
      '3. The detailed account',
      "4. Checking voicemail (the Python wrapper's example)",
      '5. Usage over the last 30 days',
      '6. Enforced carrier services',
      '7. FluidCall credentials',
      '8. A device change',
    ]) {
      expect(out).toContain(heading)
    }
    // Three transcriptions, quoted and numbered.
    expect(out).toMatch(/^ {2}1\. ".+"$/m)
    expect(out).toMatch(/^ {2}2\. ".+"$/m)
    expect(out).toMatch(/^ {2}3\. ".+"$/m)
    expect(out).not.toMatch(/^ {2}4\. "/m)
    // Tables, not JSON.
    expect(out).toMatch(/Line\s+Calls\s+Minutes\s+Texts\s+Data \(MB\)\s+Cost/)
    expect(out).toMatch(/^ {2}Total\s+[\d,]+\s+[\d,.]+\s+[\d,]+\s+[\d,.]+\s+\$[\d,.]+$/m)
    expect(out).not.toMatch(/^\s*[{[]/m)
    // Masked passwords; plain lines (stdout is not a TTY): no escape sequences, no spinner frames.
    expect(out).toContain('••••••••')
    expect(out).not.toContain(ESC)
    expect(out).toMatch(/✔ Device change #\d+ completed/)
    expect(out).toMatch(/Tour complete in [\d.]+ s/)
  }, 120_000)

  it('--json prints one JSON document with the same facts', async () => {
    const result = await cli(['tour', '--json'], cleanEnv())
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const doc = JSON.parse(result.stdout) as {
      mode: string
      accounts: { id: number }[]
      voicemail: { first_three: { transcription: string }[] }
      usage: { accounts: { calls: number }[]; totals: { calls: number; texts: number; data_mb: number } }
      enforced_carrier_services: unknown[]
      fluidcall_credentials: { password: string; username: string }[]
      device_change_request: { completed: boolean; successful: boolean; device_esn: string }
    }
    expect(doc.mode).toBe('embedded')
    expect(doc.accounts.length).toBeGreaterThan(0)
    expect(doc.voicemail.first_three).toHaveLength(3)
    expect(doc.usage.accounts).toHaveLength(doc.accounts.length)
    expect(doc.usage.totals.calls).toBe(doc.usage.accounts.reduce((sum, a) => sum + a.calls, 0))
    expect(doc.usage.totals.calls).toBeGreaterThan(0)
    expect(doc.enforced_carrier_services.length).toBeGreaterThan(0)
    expect(doc.fluidcall_credentials.length).toBeGreaterThan(0)
    for (const credential of doc.fluidcall_credentials) expect(credential.password).toBe('[redacted]')
    expect(doc.device_change_request).toMatchObject({ completed: true, successful: true })
  }, 120_000)
})

describe('the CLI against a host (the sandbox process)', { timeout: 90_000 }, () => {
  const tokenFile = () => tokenFileIn('alice')

  it('login signs in with RINGPLUS_USERNAME/PASSWORD and saves the token (mode 0600)', async () => {
    const env = hostEnv(tokenFile())
    const result = await cli(['login'], env)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`Signed in to ${sandbox.facts.url} as alice@example.com`)
    expect(result.stdout).toContain('Scopes: public voicemail request')
    expect(statSync(tokenFile()).mode & 0o777).toBe(0o600)
    // No secret reaches the terminal.
    const token = accessTokenIn(tokenFile())
    for (const secret of [token, env.RINGPLUS_PASSWORD!, env.RINGPLUS_CLIENT_SECRET!]) {
      expect(result.stdout + result.stderr).not.toContain(secret)
    }
  })

  it('login --manual prints the authorization URL and takes the redirected URL from stdin', async () => {
    const file = tokenFileIn('manual')
    const env = hostEnv(file)
    delete env.RINGPLUS_USERNAME
    delete env.RINGPLUS_PASSWORD
    const child = spawn(process.execPath, [CLI, 'login', '--manual'], { env, cwd: home, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    const authorizeUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no authorization URL printed:\n${stderr}`)), 30_000)
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk
        const match = /(http:\/\/\S+\/oauth\/authorize\?\S+)/.exec(stderr)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!)
        }
      })
    })
    const url = new URL(authorizeUrl)
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('scope')).toBe('public voicemail request')
    const alice = sandbox.facts.users[0]!
    const redirected = await signInByHand(authorizeUrl, alice.email, alice.password)
    child.stdin.end(`${redirected}\n`)
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
    expect(code, stderr).toBe(0)
    expect(stdout).toContain(`Signed in to ${sandbox.facts.url} as alice@example.com`)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(stdout + stderr).not.toContain(new URL(redirected).searchParams.get('code')!)
  })

  it('accounts lists the lines, as a table and as JSON', async () => {
    const table = await cli(['accounts'], hostEnv(tokenFile()))
    expect(table.code, table.stderr).toBe(0)
    expect(table.stdout).toMatch(/ID\s+Name\s+Phone number\s+Balance\s+Since/)
    for (const id of sandbox.facts.users[0]!.account_ids) expect(table.stdout).toMatch(new RegExp(`^\\s+${id}\\s`, 'm'))
    const json = await cli(['accounts', '--json'], hostEnv(tokenFile()))
    expect(json.code).toBe(0)
    const ids = (JSON.parse(json.stdout) as { accounts: { id: number }[] }).accounts.map((a) => a.id)
    expect(ids.sort()).toEqual([...sandbox.facts.users[0]!.account_ids].sort())
  })

  it('voicemail lists, filters --only-new, and --delete removes a message', async () => {
    const env = hostEnv(tokenFile())
    const table = await cli(['voicemail'], env)
    expect(table.code, table.stderr).toBe(0)
    expect(table.stdout).toMatch(/ID\s+Received \(UTC\)\s+From\s+Length\s+New\s+Transcription/)

    const onlyNew = JSON.parse((await cli(['voicemail', '--only-new', '--json'], env)).stdout) as {
      voicemail_messages: { id: number; is_new: boolean }[]
    }
    expect(onlyNew.voicemail_messages.length).toBeGreaterThan(0)
    expect(onlyNew.voicemail_messages.every((m) => m.is_new)).toBe(true)

    const before = JSON.parse((await cli(['voicemail', '--json'], env)).stdout) as {
      voicemail_box: { message_count: number }
      voicemail_messages: { id: number }[]
    }
    const victim = before.voicemail_messages[0]!.id
    const deleted = await cli(['voicemail', '--delete', String(victim)], env)
    expect(deleted.code, deleted.stderr).toBe(0)
    expect(deleted.stdout).toContain(`Deleted voicemail message #${victim}`)
    const after = JSON.parse((await cli(['voicemail', '--json'], env)).stdout) as {
      voicemail_box: { message_count: number }
      voicemail_messages: { id: number }[]
    }
    expect(after.voicemail_messages.map((m) => m.id)).not.toContain(victim)
    expect(after.voicemail_box.message_count).toBe(before.voicemail_box.message_count - 1)

    // Deleting it again: the API's 404, as one line.
    expectOneLine(await cli(['voicemail', '--delete', String(victim)], env), 6, /404/)
  })

  it('usage --from --to sums every page, matching the API totals', async () => {
    const to = new Date()
    const from = new Date(to.getTime() - 30 * DAY_MS)
    const env = hostEnv(tokenFile())
    const result = await cli(['usage', '--from', from.toISOString(), '--to', to.toISOString(), '--json'], env)
    expect(result.code, result.stderr).toBe(0)
    const summary = JSON.parse(result.stdout) as { accounts: { account_id: number; calls: number; texts: number }[]; pages: number }
    expect(summary.accounts).toHaveLength(sandbox.facts.users[0]!.account_ids.length)
    expect(summary.pages).toBeGreaterThan(summary.accounts.length * 3) // more than one page per list
    const token = accessTokenIn(tokenFile())
    for (const account of summary.accounts) {
      for (const [kind, count] of [
        ['phone_calls', account.calls],
        ['phone_texts', account.texts],
      ] as const) {
        const url = `${sandbox.facts.url}/accounts/${account.account_id}/${kind}?start_date=${encodeURIComponent(from.toISOString())}&end_date=${encodeURIComponent(to.toISOString())}&per_page=1`
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
        expect(Number(response.headers.get('x-total-count')), `${kind} of ${account.account_id}`).toBe(count)
      }
    }
    const table = await cli(['usage', '--from', from.toISOString().slice(0, 10)], env)
    expect(table.code, table.stderr).toBe(0)
    expect(table.stdout).toMatch(/Line\s+Calls\s+Minutes\s+Texts\s+Data \(MB\)\s+Cost/)
    expect(table.stdout).toMatch(/^ {2}Total\s/m)
  })

  it('change-device --wait files the request and waits until it completes', async () => {
    const esn = randomMeid()
    const result = await cli(['change-device', '--esn', esn, '--iccid', randomIccid(), '--wait'], hostEnv(tokenFile()))
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/Filed a device change for line #\d+/)
    expect(result.stdout).toMatch(/✔ Device change #\d+ completed/)
    expect(result.stdout).toContain(`ESN/MEID ${esn}.`)
  })

  it('change-device --wait exits 6 with the reason when the carrier refuses the device', async () => {
    const lost = sandbox.facts.lost_or_stolen_esns[0]!
    const result = await cli(['change-device', '--esn', lost, '--wait'], hostEnv(tokenFile()))
    expectOneLine({ ...result, stderr: result.stderr }, 6, /Device change request \d+ failed: /)
    expect(result.stdout).toMatch(/✖ Device change #\d+ did not complete/)
  })

  it('change-device rejects a malformed ESN before anything is sent', async () => {
    const result = await cli(['change-device', '--esn', 'XYZ'], hostEnv(tokenFile()))
    expectOneLine(result, 2, /device_esn: .*ESN\/MEID/)
  })

  it('change-number --wait gets a new number', async () => {
    const result = await cli(['change-number', '--wait'], hostEnv(tokenFile()))
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/✔ Phone number change #\d+ completed/)
    expect(result.stdout).toMatch(/now has the number \(\d{3}\) \d{3}-\d{4}\./)
  })

  it('tour uses the saved token, and files a device change only with --change-device', async () => {
    const plain = await cli(['tour'], hostEnv(tokenFile()))
    expect(plain.code, plain.stderr).toBe(0)
    expect(plain.stdout).toContain(`Host: ${sandbox.facts.url}`)
    expect(plain.stdout).toContain('Skipped on a real host')
    const withChange = await cli(['tour', '--change-device', '--json'], hostEnv(tokenFile()))
    expect(withChange.code, withChange.stderr).toBe(0)
    const doc = JSON.parse(withChange.stdout) as { mode: string; device_change_request: { completed: boolean; successful: boolean } }
    expect(doc.mode).toBe('remote')
    expect(doc.device_change_request).toMatchObject({ completed: true, successful: true })
    // The FluidCall passwords the API returned appear nowhere in the output.
    const token = accessTokenIn(tokenFile())
    const accountId = sandbox.facts.users[0]!.account_ids[0]!
    const body = (await (
      await fetch(`${sandbox.facts.url}/accounts/${accountId}/fluidcall_credentials`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { fluidcall_credentials: { password: string }[] }
    for (const { password } of body.fluidcall_credentials) {
      expect(plain.stdout).not.toContain(password)
      expect(withChange.stdout).not.toContain(password)
    }
  }, 120_000)

  it('logout forgets the token; then commands ask to sign in (exit 3)', async () => {
    const file = tokenFileIn('logout')
    expect((await cli(['login'], hostEnv(file))).code).toBe(0)
    const out = await cli(['logout'], hostEnv(file))
    expect(out.code, out.stderr).toBe(0)
    expect(existsSync(file) ? readFileSync(file, 'utf8').trim() : '').not.toContain('access_token')
    expectOneLine(await cli(['accounts'], hostEnv(file)), 3, /not signed in/)
  })
})

describe('errors: one line with the fix, a non-zero exit code, no stack trace', { timeout: 90_000 }, () => {
  it('a wrong password exits 3', async () => {
    const result = await cli(['login'], hostEnv(tokenFileIn('wrong'), { RINGPLUS_PASSWORD: 'not-the-password-123' }))
    expectOneLine(result, 3, /wrong e-mail or password/)
    expect(result.stderr).not.toContain('not-the-password-123')
  })

  it('--debug adds the stack trace', async () => {
    const result = await cli(['login', '--debug'], hostEnv(tokenFileIn('wrong'), { RINGPLUS_PASSWORD: 'not-the-password-123' }))
    expect(result.code).toBe(3)
    expect(result.stderr.split('\n')[0]).toMatch(/wrong e-mail or password/)
    expect(result.stderr).toMatch(/InvalidCredentialsError/)
    expect(result.stderr).toMatch(/\n\s+at /)
    expect(result.stderr).not.toContain('not-the-password-123')
  })

  it('a wrong client secret exits 3 naming the variables to check', async () => {
    const result = await cli(['login'], hostEnv(tokenFileIn('client'), { RINGPLUS_CLIENT_SECRET: 'f'.repeat(64) }))
    expectOneLine(result, 3, /invalid_client/)
    expect(result.stderr).toContain('RINGPLUS_CLIENT_SECRET')
  })

  it('an unreachable host exits 5', async () => {
    const port = await closedPort()
    const env = hostEnv(tokenFileIn('unreachable'), { RINGPLUS_API_URL: `http://127.0.0.1:${port}` })
    expectOneLine(await cli(['login'], env), 5, new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}`))
    // With a saved token too: the API call fails the same way.
    const file = tokenFileIn('alice')
    const withToken = hostEnv(file, { RINGPLUS_API_URL: `http://127.0.0.1:${port}`, RINGPLUS_AUTH_URL: sandbox.facts.url })
    expectOneLine(await cli(['accounts'], withToken), 5, new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}`))
  })

  it('a token without the voicemail scope exits 4 naming the scope', async () => {
    const file = tokenFileIn('public-only')
    const login = await cli(['login', '--scopes', 'public'], hostEnv(file))
    expect(login.code, login.stderr).toBe(0)
    expect(login.stdout).toContain('Scopes: public')
    expectOneLine(await cli(['voicemail'], hostEnv(file)), 4, /lacks the "voicemail" scope/)
  })

  it('login without a password and nothing on stdin exits 2 naming the variable', async () => {
    const env = hostEnv(tokenFileIn('no-password'))
    delete env.RINGPLUS_PASSWORD
    expectOneLine(await cli(['login'], env), 2, /RINGPLUS_PASSWORD is needed/)
  })

  it('not signed in exits 3', async () => {
    expectOneLine(await cli(['accounts'], hostEnv(tokenFileIn('never'))), 3, /not signed in/)
  })

  it('--json errors are also a JSON document on stdout', async () => {
    const result = await cli(['accounts', '--json'], hostEnv(tokenFileIn('never')))
    expect(result.code).toBe(3)
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { name: 'CliError', exit_code: 3 } })
  })

  it('bad command lines exit 2', async () => {
    expectOneLine(await cli(['frobnicate'], cleanEnv()), 2, /unknown command "frobnicate"/)
    expectOneLine(await cli(['usage', '--from', 'yesterday'], cleanEnv()), 2, /--from is not a date/)
    expectOneLine(await cli(['voicemail', '--bogus'], cleanEnv()), 2, /Unknown option '--bogus'/)
    expectOneLine(await cli(['accounts'], cleanEnv({ RINGPLUS_CLIENT_ID: 'x' })), 2, /RINGPLUS_API_URL is not set/)
  })

  it('--help prints usage and exits 0', async () => {
    const result = await cli(['--help'], cleanEnv())
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: ringplus-sample <command>')
    const sub = await cli(['usage', '--help'], cleanEnv())
    expect(sub.stdout).toContain('--from DATE')
  })
})
