import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startForwardProxy } from '../../../tooling/test-utils/start-forward-proxy'
import {
  API,
  ApiError,
  PermissionError,
  RingPlus,
  createMemoryCache,
  listPhoneCalls,
  listVoicemailMessages,
  type RateLimitHitState,
} from '../src/index'

const PYTHON_METHODS = [
  'accounts', 'userAccounts', 'getAccount', 'updateAccount', 'users', 'getUser', 'updateUser',
  'calls', 'texts', 'data', 'voicemail', 'deleteVoicemail', 'registerAccount', 'registerAccountStatus',
  'changeDevice', 'changeDeviceStatus', 'changePhoneNumber', 'changePhoneNumberStatus',
  'enforcedCarrierServices', 'fluidCallCredentials', 'paginate', 'waitForRequest',
] as const

let sandbox: Sandbox
let alice: Sandbox['credentials']['users'][number]
let token: string

beforeAll(async () => {
  sandbox = await startSandbox({ processingDelayMs: 0 })
  alice = sandbox.credentials.users.find((user) => (user.account_ids?.length ?? 0) >= 2)!
  token = sandbox.issueToken({ email: alice.email }).access_token
})
afterAll(() => sandbox.stop())

describe('RingPlus facade', () => {
  it('has every Python wrapper method, camelCased, and API is the same class', () => {
    const api = new RingPlus(token, { host: sandbox.url })
    for (const name of PYTHON_METHODS) expect(typeof api[name], name).toBe('function')
    expect(API).toBe(RingPlus)
    expect(new API(token, { host: sandbox.url })).toBeInstanceOf(RingPlus)
  })

  it('binds the domain operations: a method answers what the standalone function answers', async () => {
    const api = new RingPlus(token, { host: sandbox.url })
    const [first] = await api.accounts()
    const viaFacade = await api.calls({ account_id: first!.id, per_page: 10 })
    const standalone = await listPhoneCalls(api.client, { account_id: first!.id, per_page: 10 })
    expect(viaFacade.map((call) => call.id)).toEqual(standalone.map((call) => call.id))
    expect(viaFacade.pagination).toEqual(standalone.pagination)

    const detail = await api.getAccount({ account_id: first!.id })
    const messages = await api.voicemail({ voicemail_box_id: detail.voicemail_box.id })
    const direct = await listVoicemailMessages(api.client, { voicemail_box_id: detail.voicemail_box.id })
    expect(messages.map((m) => m.id)).toEqual(direct.map((m) => m.id))
  })

  it('paginates a facade method across pages, in order, up to maxItems', async () => {
    const api = new RingPlus(token, { host: sandbox.url })
    const [first] = await api.accounts()
    const ids: number[] = []
    for await (const call of api.paginate(api.calls, { account_id: first!.id, per_page: 20 }, { maxItems: 65 })) ids.push(call.id)
    expect(ids).toHaveLength(65)
    expect(new Set(ids).size).toBe(65)
    const firstPages = [
      ...(await api.calls({ account_id: first!.id, per_page: 20, page: 1 })),
      ...(await api.calls({ account_id: first!.id, per_page: 20, page: 2 })),
      ...(await api.calls({ account_id: first!.id, per_page: 20, page: 3 })),
      ...(await api.calls({ account_id: first!.id, per_page: 20, page: 4 })),
    ].map((call) => call.id)
    expect(ids).toEqual(firstPages.slice(0, 65))
  })

  it('files a device change and waits for it with waitForRequest', async () => {
    const api = new RingPlus(token, { host: sandbox.url })
    const accountId = alice.account_ids![1]!
    const filed = await api.changeDevice({ account_id: accountId, device_esn: 'A1B2C3D4' })
    expect(filed.completed).toBe(false)
    const states: boolean[] = []
    const done = await api.waitForRequest(
      { kind: 'device_change', id: filed.id },
      { interval: 10, onProgress: (state) => states.push(state.request.completed) },
    )
    expect(done.id).toBe(filed.id)
    expect(done.successful).toBe(true)
    expect(states.at(-1)).toBe(true)
    const status = await api.changeDeviceStatus({ request_id: filed.id })
    expect(status.completed).toBe(true)
    const detail = await api.getAccount({ account_id: accountId })
    expect(detail.active_device.esn.toUpperCase()).toBe('A1B2C3D4')
  })

  it('sends the version header from `version` and surfaces 406 for another major', async () => {
    const v1 = new RingPlus(token, { host: sandbox.url, version: '1' })
    await expect(v1.accounts()).resolves.toBeInstanceOf(Array)
    const v2 = new RingPlus(token, { host: sandbox.url, version: 2 })
    const error = await v2.accounts().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(406)
  })

  it('reports a missing scope as PermissionError', async () => {
    const publicOnly = sandbox.issueToken({ email: alice.email, scope: 'public' }).access_token
    const api = new RingPlus(publicOnly, { host: sandbox.url })
    const detail = await api.getAccount({ account_id: alice.account_ids![0]! })
    const error = await api.voicemail({ voicemail_box_id: detail.voicemail_box.id }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect((error as PermissionError).scope).toBe('voicemail')
  })

  it('waits on the rate limit and notifies through waitOnRateLimitNotify', async () => {
    const limited = await startSandbox({ processingDelayMs: 0, rateLimit: { requests: 2, windowSeconds: 1 } })
    try {
      const { access_token } = limited.issueToken({ email: limited.credentials.users[0]!.email })
      const notices: RateLimitHitState[] = []
      const api = new RingPlus(access_token, {
        host: limited.url,
        waitOnRateLimit: true,
        waitOnRateLimitNotify: (state) => notices.push(state),
      })
      const results = []
      for (let i = 0; i < 4; i++) results.push(await api.users())
      expect(results).toHaveLength(4)
      expect(notices.length).toBeGreaterThanOrEqual(1)
      expect(notices.every((notice) => notice.waiting)).toBe(true)
      // The facade waited for each window's reset before sending: no request was spent on a 429.
      expect(limited.traffic.count({ method: 'GET', path: '/users' })).toBe(4)
    } finally {
      await limited.stop()
    }
  })

  it('serves repeated GETs from the cache option', async () => {
    const api = new RingPlus(token, { host: sandbox.url, cache: createMemoryCache({ ttl: 60_000 }) })
    sandbox.traffic.reset()
    const a = await api.users()
    const b = await api.users()
    expect(b.map((u) => u.id)).toEqual(a.map((u) => u.id))
    expect(sandbox.traffic.count({ method: 'GET', path: '/users' })).toBe(1)
  })
})

describe('RingPlus options', () => {
  // A plain node:http server standing in for a host and for a forward proxy.
  async function recorder() {
    const seen: { method: string; url: string; headers: IncomingHttpHeaders }[] = []
    const server = createServer((req, res) => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers })
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify({ users: [] }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return { seen, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
  }

  it('takes a host with a scheme as given, and sends the Accept and extra headers', async () => {
    const host = await recorder()
    try {
      const api = new RingPlus('t0k3n', { host: `http://127.0.0.1:${host.port}/`, headers: { 'x-app': 'sample' } })
      await api.users({ email_address: 'a@example.com' })
      expect(host.seen[0]!.url).toBe('/users?email_address=a%40example.com')
      expect(host.seen[0]!.headers.accept).toBe('application/vnd.ringplus.v1')
      expect(host.seen[0]!.headers['x-app']).toBe('sample')
      expect(host.seen[0]!.headers.authorization).toBe('Bearer t0k3n')
    } finally {
      await host.close()
    }
  })

  it('sends every call through the proxy option (Node)', async () => {
    const proxy = await startForwardProxy()
    try {
      const api = new RingPlus(token, { host: sandbox.url, proxy: proxy.url })
      const users = await api.users()
      expect(users.map((user) => user.id)).toEqual([alice.id])
      expect(proxy.seen).toEqual([`CONNECT ${new URL(sandbox.url).host}`])
    } finally {
      await proxy.close()
    }
  })
})
