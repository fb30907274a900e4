// The behaviour the three usage listings share, run by each operation's own test file.
import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, createClient, paginate, type Page } from '@ringplus/transport'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ListUsageParams } from '@ringplus/usage'
import { startCaptureServer } from '../../../tooling/test-utils/start-capture-server'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'

type Listing<T> = (client: Parameters<typeof paginate>[0], params: ListUsageParams) => Promise<Page<T>>

export function usageListingSuite<T extends { id: number }>(options: {
  name: string
  list: Listing<T>
  path: string
  time: (item: T) => Date
}): () => Fixture {
  const { name, list, path, time } = options
  let fx: Fixture
  beforeAll(async () => {
    fx = await openFixture()
  })
  afterAll(() => fx?.stop())

  it('pages newest first, with Link and X-Total-Count read into pagination', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const first = await list(client, { account_id })
    expect(first).toHaveLength(25)
    expect(first.pagination.page).toBe(1)
    expect(first.pagination.nextPage).toBe(2)
    const total = first.pagination.totalCount!
    expect(total).toBeGreaterThan(100)
    expect(first.pagination.lastPage).toBe(Math.ceil(total / 25))
    const second = await list(client, { account_id, page: 2 })
    expect(second).toHaveLength(25)
    const both = [...first, ...second]
    expect(new Set(both.map((item) => item.id)).size).toBe(50)
    for (let i = 1; i < both.length; i++) {
      expect(time(both[i - 1]!).getTime()).toBeGreaterThanOrEqual(time(both[i]!).getTime())
    }
    const last = await list(client, { account_id, page: first.pagination.lastPage!, per_page: 25 })
    expect(last.length).toBe(total - 25 * (first.pagination.lastPage! - 1))
    expect(last.pagination.nextPage).toBeUndefined()
  })

  it('walks pages with paginate', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const ids: number[] = []
    for await (const item of paginate(client, list, { account_id, per_page: 40 }, { maxItems: 130 })) ids.push(item.id)
    expect(ids).toHaveLength(130)
    expect(new Set(ids).size).toBe(130)
    const firstPages = [
      ...(await list(client, { account_id, per_page: 100 })),
      ...(await list(client, { account_id, per_page: 100, page: 2 })),
    ]
    expect(ids).toEqual(firstPages.slice(0, 130).map((item) => item.id))
  })

  it('narrows to a date window given as Date or ISO string', async () => {
    const client = fx.clientFor(fx.userA)
    const account_id = fx.userA.account_ids[0]!
    const now = fx.sandbox.clock.now().getTime()
    const start = new Date(now - 10 * 86_400_000)
    const end = new Date(now - 5 * 86_400_000)
    const inWindow: T[] = []
    for await (const item of paginate(client, list, { account_id, start_date: start, end_date: end, per_page: 100 })) {
      inWindow.push(item)
    }
    expect(inWindow.length).toBeGreaterThan(0)
    for (const item of inWindow) {
      expect(time(item).getTime()).toBeGreaterThanOrEqual(start.getTime())
      expect(time(item).getTime()).toBeLessThanOrEqual(end.getTime())
    }
    const all = await list(client, { account_id, per_page: 1 })
    expect(inWindow.length).toBeLessThan(all.pagination.totalCount!)
    const asStrings = await list(client, {
      account_id,
      start_date: start.toISOString(),
      end_date: end.toISOString(),
      per_page: 100,
    })
    expect(asStrings.pagination.totalCount).toBe(inWindow.length)
    expect(asStrings.map((item) => item.id)).toEqual(inWindow.slice(0, 100).map((item) => item.id))
    const onlyStart = await list(client, { account_id, start_date: start.toISOString().slice(0, 10), per_page: 5 })
    expect(onlyStart.every((item) => time(item).getTime() >= Date.parse(start.toISOString().slice(0, 10)))).toBe(true)
  })

  it('sends dates as ISO 8601 query parameters', async () => {
    const server = await startCaptureServer(200, { [path]: [] })
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      await list(client, { account_id: 12, start_date: new Date('2016-09-01T00:00:00Z'), end_date: '2016-09-30' })
      const url = new URL(server.requests[0]!.url, server.url)
      expect(url.pathname).toBe(`/accounts/12/${path}`)
      expect(url.searchParams.get('start_date')).toBe('2016-09-01T00:00:00.000Z')
      expect(url.searchParams.get('end_date')).toBe('2016-09-30')
      expect(url.searchParams.has('account_id')).toBe(false)
    } finally {
      await server.close()
    }
  })

  it('answers 404 for another user’s account', async () => {
    const error = await list(fx.clientFor(fx.userB), { account_id: fx.userA.account_ids[0]! }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
  })

  it('needs the public scope', async () => {
    const error = await list(fx.clientFor(fx.userA, 'voicemail'), { account_id: fx.userA.account_ids[0]! }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ status: 403, scope: 'public' })
  })

  it.each([
    [{}, 'account_id'],
    [{ account_id: 0 }, 'account_id'],
    [{ account_id: 1, start_date: 'yesterday' }, 'start_date'],
    [{ account_id: 1, start_date: '2016-13-45' }, 'start_date'],
    [{ account_id: 1, end_date: new Date('nope') }, 'end_date'],
    [{ account_id: 1, end_date: 1475243045000 }, 'end_date'],
    [{ account_id: 1, per_page: 101 }, 'per_page'],
    [{ account_id: 1, startDate: '2016-09-01' }, 'startDate'],
  ])('rejects %o locally, sending nothing', async (params, field) => {
    const before = fx.requests()
    const error = await list(fx.clientFor(fx.userA), params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: name, issues: [expect.objectContaining({ path: field })] })
    expect(fx.requests()).toBe(before)
  })

  return () => fx
}
