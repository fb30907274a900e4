// GET /voicemail_boxes/{id}/voicemail_messages and DELETE /voicemail_messages/{id}.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { api, start, tokenFor, type Item } from './helpers'

let sandbox: Sandbox
let alice: ReturnType<typeof api>
beforeAll(async () => {
  sandbox = await start()
  alice = api(sandbox, tokenFor(sandbox, 0))
})
afterAll(() => sandbox.stop())

describe('voicemail', () => {
  it('lists at least 30 transcribed messages, newest first', async () => {
    const answer = await alice.get('/voicemail_boxes/31/voicemail_messages?per_page=100')
    expect(answer.status).toBe(200)
    const messages = answer.body.voicemail_messages as Item[]
    expect(messages.length).toBeGreaterThanOrEqual(30)
    for (const m of messages) {
      expect(m).toEqual({
        id: expect.any(Number),
        voicemail_box_id: 31,
        caller_phone_number: expect.stringMatching(/^\d{10}$/),
        transcription: expect.stringMatching(/^[A-Z].{20,}[.!?]$/),
        received_on: expect.stringMatching(/Z$/),
        duration: expect.any(Number),
        is_new: expect.any(Boolean),
      })
      expect(m.transcription).not.toMatch(/[{}]/)
    }
    const times = messages.map((m) => Date.parse(m.received_on))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('only_new accepts true/false/1/0 in any letter case', async () => {
    const all = Number((await alice.get('/voicemail_boxes/31/voicemail_messages')).headers.get('x-total-count'))
    for (const value of ['true', 'True', 'TRUE', '1']) {
      const answer = await alice.get(`/voicemail_boxes/31/voicemail_messages?only_new=${value}`)
      expect(answer.body.voicemail_messages.length).toBeGreaterThan(0)
      expect(answer.body.voicemail_messages.length).toBeLessThan(all)
      for (const m of answer.body.voicemail_messages) expect(m.is_new).toBe(true)
    }
    for (const value of ['false', 'False', '0']) {
      expect(Number((await alice.get(`/voicemail_boxes/31/voicemail_messages?only_new=${value}`)).headers.get('x-total-count'))).toBe(all)
    }
  })

  it.each(['yes', '2', 'truthy'])('only_new=%s is a 422', async (value) => {
    const answer = await alice.get(`/voicemail_boxes/31/voicemail_messages?only_new=${value}`)
    expect(answer.status).toBe(422)
    expect(answer.body).toEqual({ errors: [{ code: 'invalid', field: 'only_new', message: 'must be true or false' }] })
  })

  it('deletes a message (204), after which it is gone and the box counts drop', async () => {
    const before = (await alice.get('/accounts/11')).body.account.voicemail_box
    const [newest] = (await alice.get('/voicemail_boxes/31/voicemail_messages?only_new=1&per_page=1')).body.voicemail_messages
    const answer = await alice.delete(`/voicemail_messages/${newest.id}`)
    expect(answer.status).toBe(204)
    expect(answer.text).toBe('')
    expect((await alice.delete(`/voicemail_messages/${newest.id}`)).status).toBe(404)
    const after = (await alice.get('/accounts/11')).body.account.voicemail_box
    expect(after.message_count).toBe(before.message_count - 1)
    expect(after.new_message_count).toBe(before.new_message_count - 1)
    const ids = (await alice.get('/voicemail_boxes/31/voicemail_messages?per_page=100')).body.voicemail_messages.map((m: { id: number }) => m.id)
    expect(ids).not.toContain(newest.id)
  })

  it('another user can neither list nor delete, and nothing changes', async () => {
    const bob = api(sandbox, tokenFor(sandbox, 1))
    expect((await bob.get('/voicemail_boxes/31/voicemail_messages')).status).toBe(404)
    const [message] = (await alice.get('/voicemail_boxes/31/voicemail_messages?per_page=1')).body.voicemail_messages
    const answer = await bob.delete(`/voicemail_messages/${message.id}`)
    expect(answer.status).toBe(404)
    expect(answer.body).toEqual({ status: '404', error: 'Not Found' })
    expect((await alice.get('/voicemail_boxes/31/voicemail_messages?per_page=1')).body.voicemail_messages[0].id).toBe(message.id)
  })

  it('a box id is not an account id', async () => {
    expect((await alice.get('/voicemail_boxes/11/voicemail_messages')).status).toBe(404)
  })
})
