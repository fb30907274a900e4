import { ParameterValidationError } from '@ringplus/models'
import { NotFoundError, PermissionError, createClient } from '@ringplus/transport'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deleteVoicemailMessage, listVoicemailMessages } from '@ringplus/voicemail'
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

describe('deleteVoicemailMessage', () => {
  it('deletes a message and resolves to undefined on 204; a second delete is a 404', async () => {
    const client = fx.clientFor(fx.userA)
    const before = await listVoicemailMessages(client, { voicemail_box_id: boxA, per_page: 100 })
    const victim = before[0]!
    await expect(deleteVoicemailMessage(client, { voicemail_message_id: victim.id })).resolves.toBeUndefined()
    const after = await listVoicemailMessages(client, { voicemail_box_id: boxA, per_page: 100 })
    expect(after.map((message) => message.id)).not.toContain(victim.id)
    expect(after.pagination.totalCount).toBe(before.pagination.totalCount! - 1)
    await expect(deleteVoicemailMessage(client, { voicemail_message_id: victim.id })).rejects.toBeInstanceOf(NotFoundError)
  })

  it('sends DELETE /voicemail_messages/{id} with no body', async () => {
    const server = await startCaptureServer(204)
    try {
      const client = createClient({ baseUrl: server.url, auth: 'token', retryCount: 0 })
      await deleteVoicemailMessage(client, { voicemail_message_id: 9001 })
      expect(server.requests.map((request) => [request.method, request.url, request.body])).toEqual([
        ['DELETE', '/voicemail_messages/9001', ''],
      ])
    } finally {
      await server.close()
    }
  })

  it('answers 404 for another user’s message', async () => {
    const [message] = await listVoicemailMessages(fx.clientFor(fx.userA), { voicemail_box_id: boxA, per_page: 1 })
    const error = await deleteVoicemailMessage(fx.clientFor(fx.userB), { voicemail_message_id: message!.id }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as Error).message).toContain(`DELETE ${fx.sandbox.url}/voicemail_messages/${message!.id}`)
    const still = await listVoicemailMessages(fx.clientFor(fx.userA), { voicemail_box_id: boxA, per_page: 1 })
    expect(still[0]!.id).toBe(message!.id)
  })

  it('needs the voicemail scope', async () => {
    const [message] = await listVoicemailMessages(fx.clientFor(fx.userA), { voicemail_box_id: boxA, per_page: 1 })
    const error = await deleteVoicemailMessage(fx.clientFor(fx.userA, 'public manage request'), {
      voicemail_message_id: message!.id,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(PermissionError)
    expect(error).toMatchObject({ scope: 'voicemail' })
  })

  it.each([[{}], [{ voicemail_message_id: 0 }], [{ voicemail_message_id: '12' }], [{ id: 12 }]])(
    'rejects %o locally, sending nothing',
    async (params) => {
      const before = fx.requests()
      await expect(deleteVoicemailMessage(fx.clientFor(fx.userA), params as never)).rejects.toBeInstanceOf(
        ParameterValidationError,
      )
      expect(fx.requests()).toBe(before)
    },
  )
})
