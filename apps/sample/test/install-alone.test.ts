// Each package installs on its own: pack every published package (pnpm pack rewrites
// `workspace:^` to real versions), install only @ringplus/voicemail with the tarballs it depends
// on into an empty folder with plain npm, and list voicemail against the sandbox from an ES
// module and from CommonJS. npm may fetch third-party dependencies (valibot, ky, ...) from the
// registry, but never @ringplus/*: that scope points at a closed port.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/build'
import { run, runOk } from './helpers/run'
import { publishablePackages, root, runtimeClosure } from './helpers/workspace'

const TARGET = '@ringplus/voicemail'
const tarballName = (name: string, version: string) => `${name.replace('@', '').replace('/', '-')}-${version}.tgz`

let work: string
let tarballs: string
let consumer: string
let sandbox: Sandbox
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  await ensureBuilt()
  work = mkdtempSync(join(tmpdir(), 'ringplus-install-alone-'))
  tarballs = join(work, 'tarballs')
  consumer = join(work, 'consumer')
  mkdirSync(tarballs)
  mkdirSync(consumer)
  // Pack every published package, as `pnpm publish` would.
  for (const { dir } of publishablePackages()) {
    await runOk('corepack', ['pnpm', 'pack', '--pack-destination', tarballs], { cwd: join(root, dir), timeoutMs: 120_000 })
  }
  sandbox = await startSandbox({ processingDelayMs: 0 })
  const user = sandbox.credentials.users.find((u) => u.account_ids.length > 0)!
  const token = sandbox.issueToken({ email: user.email, scope: 'public voicemail' })
  const account = (await (
    await fetch(`${sandbox.url}/accounts/${user.account_ids[0]}`, {
      headers: { authorization: `Bearer ${token.access_token}`, accept: 'application/vnd.ringplus.v1' },
    })
  ).json()) as { account: { voicemail_box: { id: number; message_count: number } } }
  env = {
    ...process.env,
    RINGPLUS_URL: sandbox.url,
    RINGPLUS_TOKEN: token.access_token,
    RINGPLUS_BOX: String(account.account.voicemail_box.id),
    RINGPLUS_COUNT: String(account.account.voicemail_box.message_count),
  }
}, 10 * 60_000)

afterAll(async () => {
  await sandbox?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('@ringplus/voicemail installed alone with npm', () => {
  it('packs with real versions instead of workspace: ranges', () => {
    for (const { manifest } of publishablePackages()) {
      const file = join(tarballs, tarballName(manifest.name, manifest.version))
      const packed = execFileSync('tar', ['-xOzf', file, 'package/package.json'], { encoding: 'utf8' })
      expect(packed, manifest.name).not.toContain('workspace:')
    }
  })

  it('installs with only the tarballs it depends on, and no other domain package', async () => {
    const needed = [...runtimeClosure(TARGET)]
    expect(needed.sort()).toEqual(['@ringplus/models', '@ringplus/transport', '@ringplus/voicemail'])
    const versions = new Map(publishablePackages().map((p) => [p.manifest.name, p.manifest.version]))
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2))
    await runOk(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--@ringplus:registry=http://127.0.0.1:9/',
        ...needed.map((name) => join(tarballs, tarballName(name, versions.get(name)!))),
      ],
      { cwd: consumer, timeoutMs: 5 * 60_000 },
    )
    expect(readdirSync(join(consumer, 'node_modules/@ringplus')).sort()).toEqual(['models', 'transport', 'voicemail'])
  }, 5 * 60_000)

  it('lists voicemail from a plain .mjs script', async () => {
    writeFileSync(
      join(consumer, 'list.mjs'),
      `import { createClient } from '@ringplus/transport'
import { listVoicemailMessages } from '@ringplus/voicemail'

const client = createClient({ baseUrl: process.env.RINGPLUS_URL, auth: process.env.RINGPLUS_TOKEN })
const messages = await listVoicemailMessages(client, { voicemail_box_id: Number(process.env.RINGPLUS_BOX) })
console.log(JSON.stringify({
  count: messages.length,
  total: messages.pagination.totalCount,
  first: messages[0].transcription,
  receivedIsDate: messages[0].received_on instanceof Date,
}))
`,
    )
    const result = await run(process.execPath, ['list.mjs'], { cwd: consumer, env, timeoutMs: 60_000 })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout) as { count: number; total: number; first: string; receivedIsDate: boolean }
    expect(out.count).toBe(Math.min(25, Number(env.RINGPLUS_COUNT)))
    expect(out.total).toBe(Number(env.RINGPLUS_COUNT))
    expect(out.first.length).toBeGreaterThan(0)
    expect(out.receivedIsDate).toBe(true)
  }, 60_000)

  it('lists voicemail from CommonJS require', async () => {
    writeFileSync(
      join(consumer, 'list.cjs'),
      `const { createClient } = require('@ringplus/transport')
const { listVoicemailMessages } = require('@ringplus/voicemail')

const client = createClient({ baseUrl: process.env.RINGPLUS_URL, auth: process.env.RINGPLUS_TOKEN })
listVoicemailMessages(client, { voicemail_box_id: Number(process.env.RINGPLUS_BOX), per_page: 3 }).then((messages) => {
  console.log(JSON.stringify({ count: messages.length, ids: messages.map((m) => m.id) }))
})
`,
    )
    const result = await run(process.execPath, ['list.cjs'], { cwd: consumer, env, timeoutMs: 60_000 })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout) as { count: number; ids: number[] }
    expect(out.count).toBe(Math.min(3, Number(env.RINGPLUS_COUNT)))
    expect(out.ids.every((id) => Number.isInteger(id))).toBe(true)
  }, 60_000)
})
