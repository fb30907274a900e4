import * as v from 'valibot'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createClient,
  paginate,
  toPage,
  type ListFunction,
  type Page,
  type RingPlusClient,
} from '@ringplus/transport'
import { createTestServer, sendJson, wait, type TestServer } from './helpers/create-test-server'

let server: TestServer
let client: RingPlusClient
beforeEach(async () => {
  server ??= await createTestServer()
  server.reset()
  client = createClient({ baseUrl: server.url, auth: 't', retryDelay: 1 })
})
afterAll(() => server?.close())

interface Item {
  id: number
}
const ItemListSchema = v.object({ items: v.array(v.object({ id: v.number() })) })

const listItems: ListFunction<{ kind?: string; page?: number; per_page?: number }, Item> = async (c, params, options) => {
  const response = await c.request({ method: 'GET', path: '/items', endpoint: 'GET /items', query: params, schema: ItemListSchema, options })
  return toPage(response, response.data.items)
}

/** Serves `total` items (newest first), with Link/X-Total-Count unless `bare`, optionally slow. */
function serveItems(total: number, { bare = false, delayMs = 0 } = {}): void {
  server.on('GET', '/items', async (req, res) => {
    const page = Number(req.query.get('page') ?? 1)
    const perPage = Number(req.query.get('per_page') ?? 25)
    const last = Math.max(1, Math.ceil(total / perPage))
    const from = (page - 1) * perPage
    const items = Array.from({ length: Math.max(0, Math.min(perPage, total - from)) }, (_, i) => ({ id: total - from - i }))
    if (delayMs) await wait(delayMs * ((page % 3) + 1)) // out-of-order completion
    const link = (p: number, rel: string) => `<${server.url}/items?page=${p}&per_page=${perPage}>; rel="${rel}"`
    const links = [page < last && link(page + 1, 'next'), link(last, 'last'), link(1, 'first'), page > 1 && link(page - 1, 'prev')]
    sendJson(res, 200, { items }, bare ? {} : { link: links.filter(Boolean).join(', '), 'x-total-count': total })
  })
}

const ids = (items: Item[]) => items.map((item) => item.id)
const pagesRequested = () => server.requests.map((r) => Number(r.query.get('page')))

describe('toPage', () => {
  it('reads page, perPage, next, last and total from the response', async () => {
    serveItems(60)
    const page = await listItems(client, { page: 2, per_page: 20 })
    expect(page.pagination).toEqual({ page: 2, perPage: 20, nextPage: 3, lastPage: 3, totalCount: 60 })
    expect(Array.isArray(page)).toBe(true)
    expect(ids(page.slice(0, 2))).toEqual([40, 39])
  })

  it('has no next page on the last page when Link is sent', async () => {
    serveItems(60)
    const page = await listItems(client, { page: 3, per_page: 20 })
    expect(page.pagination.nextPage).toBeUndefined()
  })

  it('falls back to the short-page rule without Link', async () => {
    serveItems(30, { bare: true })
    const first = await listItems(client, {})
    const second = await listItems(client, { page: 2 })
    expect(first.pagination).toEqual({ page: 1, perPage: 25, nextPage: 2, lastPage: undefined, totalCount: undefined })
    expect(second.pagination.nextPage).toBeUndefined()
  })
})

describe('paginate', () => {
  it('yields every item in order, following rel="next"', async () => {
    serveItems(55)
    const seen: number[] = []
    for await (const item of paginate(client, listItems, { kind: 'x' }, { perPage: 10 })) seen.push(item.id)
    expect(seen).toEqual(Array.from({ length: 55 }, (_, i) => 55 - i))
    expect(pagesRequested()).toEqual([1, 2, 3, 4, 5, 6])
    expect(server.requests.every((r) => r.query.get('kind') === 'x' && r.query.get('per_page') === '10')).toBe(true)
  })

  it('uses the short-page rule when the host sends no Link (one extra request on an exact multiple)', async () => {
    serveItems(50, { bare: true })
    const seen: number[] = []
    for await (const item of paginate(client, listItems)) seen.push(item.id)
    expect(seen).toHaveLength(50)
    expect(pagesRequested()).toEqual([1, 2, 3])
  })

  it('pages() yields Page arrays with pagination', async () => {
    serveItems(45)
    const pages: Page<Item>[] = []
    for await (const page of paginate(client, listItems, {}, { perPage: 20 }).pages()) pages.push(page)
    expect(pages.map((p) => [p.pagination.page, p.length])).toEqual([
      [1, 20],
      [2, 20],
      [3, 5],
    ])
  })

  it('maxItems stops early, cutting the last page short and fetching no further', async () => {
    serveItems(100)
    const seen: number[] = []
    for await (const item of paginate(client, listItems, {}, { perPage: 10, maxItems: 25 })) seen.push(item.id)
    expect(seen).toHaveLength(25)
    expect(pagesRequested()).toEqual([1, 2, 3])
    const pages: Page<Item>[] = []
    for await (const page of paginate(client, listItems, {}, { perPage: 10, maxItems: 15 }).pages()) pages.push(page)
    expect(pages.map((p) => p.length)).toEqual([10, 5])
    expect(pages[1]!.pagination.page).toBe(2)
  })

  it('is lazy: breaking out fetches nothing more', async () => {
    serveItems(100)
    for await (const item of paginate(client, listItems, {}, { perPage: 10 })) {
      if (item.id === 95) break
    }
    expect(pagesRequested()).toEqual([1])
  })

  it('starts at params.page', async () => {
    serveItems(30)
    const seen: number[] = []
    for await (const item of paginate(client, listItems, { page: 3, per_page: 10 })) seen.push(item.id)
    expect(seen).toEqual(Array.from({ length: 10 }, (_, i) => 10 - i))
  })

  it('with concurrency fetches pages in parallel once rel="last" is known, still yielding in order', async () => {
    serveItems(200, { delayMs: 5 })
    const seen: number[] = []
    let maxInFlight = 0
    let inFlight = 0
    const tracked: ListFunction<{ page?: number; per_page?: number }, Item> = async (c, params, options) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        return await listItems(c, params, options)
      } finally {
        inFlight--
      }
    }
    for await (const item of paginate(client, tracked, {}, { perPage: 10, concurrency: 4 })) seen.push(item.id)
    expect(seen).toEqual(Array.from({ length: 200 }, (_, i) => 200 - i))
    expect(maxInFlight).toBeGreaterThan(1)
    expect(maxInFlight).toBeLessThanOrEqual(4)
    expect(server.count()).toBe(20)
  })

  it('with concurrency and maxItems, fetches only the pages needed', async () => {
    serveItems(200)
    let count = 0
    for await (const _ of paginate(client, listItems, {}, { perPage: 10, concurrency: 4, maxItems: 35 })) count++
    expect(count).toBe(35)
    expect(server.count()).toBe(4)
  })

  it('stops and rejects with the reason when its signal aborts', async () => {
    serveItems(100, { delayMs: 20 })
    const controller = new AbortController()
    const reason = new Error('stop paging')
    const run = async () => {
      for await (const item of paginate(client, listItems, {}, { perPage: 10, signal: controller.signal })) {
        if (item.id === 91) controller.abort(reason)
      }
    }
    await expect(run()).rejects.toBe(reason)
    expect(server.count()).toBe(1)
  })

  it('surfaces a failing page as the error', async () => {
    server.on('GET', '/items', (req, res) =>
      req.query.get('page') === '2'
        ? sendJson(res, 404, { status: '404', error: 'Not Found' })
        : sendJson(res, 200, { items: [{ id: 1 }] }, { link: `<${server.url}/items?page=2>; rel="next"` }),
    )
    const run = async () => {
      for await (const _ of paginate(client, listItems)) void _
    }
    await expect(run()).rejects.toMatchObject({ name: 'NotFoundError', status: 404 })
  })
})
