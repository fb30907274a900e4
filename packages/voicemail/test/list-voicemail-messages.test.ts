import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, createClient, paginate } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listVoicemailMessages } from '@ringplus/voicemail'
import { startCaptureServer } from '../../../tooling/test-utils/start-capture-server'
import { openFixture, type Fixture } from '../../../tooling/test-utils/open-fixture'
import { accountDetail } from '../../../tooling/test-utils/account-detail'

let fx: Fixture
let boxA: number
beforeAll(async () => {
  fx = await openFixture()
  boxA = (await accountDetail(fx.clientFor(fx.userA), fx.userA.account_ids[0]!)).voicemail_box.id
})
afterAll(() => fx?.stop())

describe('listVoicemailMessages', () => {
  it('lists validated messages, newest first', async () => {
    const messages = await listVoicemailMessages(fx.clientFor(fx.userA), { voicemail_box_id: boxA })
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) {
      expect(message).toMatchObject({
        id: expect.any(Number),
        voicemail_box_id: boxA,
        transcription: expect.any(String),
        caller_phone_number: expect.any(String),
        duration: expect.any(Number),
        is_new: expect.any(Boolean),
      })
      expect(message.received_on).toBeInstanceOf(Date)
    }
    const times = messages.map((message) => message.received_on.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    // the Python wrapper's example: the transcriptions of the first three messages
    expect(messages.slice(0, 3).map((message) => message.transcription)).toHaveLength(3)
  })

  it('filters with only_new', async () => {
    const client = fx.clientFor(fx.userA)
    const all = await listVoicemailMessages(client, { voicemail_box_id: boxA, per_page: 100 })
    const fresh = await listVoicemailMessages(client, { voicemail_box_id: boxA, only_new: true, per_page: 100 })
    expect(fresh.every((message) => message.is_new)).toBe(true)
    expect(fresh.map((message) => message.id)).toEqual(all.filter((message) => message.is_new).map((message) => message.id))
    const everything = await listVoicemailMessages(client, { voicemail_box_id: boxA, only_new: false, per_page: 100 })
    expect(everything.length).toBe(all.length)
  })

  it('pages, also through paginate', async () => {
    const client = fx.clientFor(fx.userA)
    const first = await listVoicemailMessages(client, { voicemail_box_id: boxA, per_page: 10 })
    expect(first).toHaveLength(10)
    expect(first.pagination).toMatchObject({ page: 1, perPage: 10, nextPage: 2 })
    const total = first.pagination.totalCount!
    expect(total).toBeGreaterThanOrEqual(30)
    const ids: number[] = []
    for await (const message of paginate(client, listVoicemailMessages, { voicemail_box_id: boxA, per_page: 10 })) {
      ids.push(message.id)
    }
    expect(ids).toHaveLength(total)
    expect(new Set(ids).size).toBe(total)
    expect(ids.slice(0, 10)).toEqual(first.map((message) => message.id))
  })

  it('sends only_new as a query flag and never repeats the box id', async () => {
    const server = await startCaptureServer(200, { voicemail_messages: [] })
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      await listVoicemailMessages(client, { voicemail_box_id: 5, only_new: true, page: 2, per_page: 10 })
      const url = new URL(server.requests[0]!.url, server.url)
      expect(url.pathname).toBe('/voicemail_boxes/5/voicemail_messages')
      expect(Object.fromEntries(url.searchParams)).toEqual({ only_new: 'true', page: '2', per_page: '10' })
    } finally {
      await server.close()
    }
  })

  it('needs the voicemail scope', async () => {
    const error = await listVoicemailMessages(fx.clientFor(fx.userA, 'public'), { voicemail_box_id: boxA }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ status: 403, scope: 'voicemail' })
  })

  it('answers 404 for another user’s box', async () => {
    const error = await listVoicemailMessages(fx.clientFor(fx.userB), { voicemail_box_id: boxA }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as Error).message).toContain(`/voicemail_boxes/${boxA}/voicemail_messages`)
  })

  it.each([
    [{}, 'voicemail_box_id'],
    [{ voicemail_box_id: 0 }, 'voicemail_box_id'],
    [{ voicemail_box_id: 1, only_new: 'true' }, 'only_new'],
    [{ voicemail_box_id: 1, only_nwe: true }, 'only_nwe'],
    [{ voicemail_box_id: 1, per_page: 0 }, 'per_page'],
  ])('rejects %o locally, sending nothing', async (params, path) => {
    const before = fx.requests()
    const error = await listVoicemailMessages(fx.clientFor(fx.userA), params as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ParameterValidationError)
    expect(error).toMatchObject({ operation: 'listVoicemailMessages', issues: [expect.objectContaining({ path })] })
    expect(fx.requests()).toBe(before)
  })
})
