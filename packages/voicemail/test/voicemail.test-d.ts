import type { VoicemailMessage } from '@ringplus/models'
import { paginate, type Page, type RingPlusClient } from '@ringplus/transport'
import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import { deleteVoicemailMessage, listVoicemailMessages, type ListVoicemailMessagesParams } from '@ringplus/voicemail'
import type { ListVoicemailMessagesParamsSchema } from '../src/list-voicemail-messages'

declare const client: RingPlusClient

describe('voicemail types', () => {
  it('pins the result types', () => {
    expectTypeOf(listVoicemailMessages(client, { voicemail_box_id: 1 })).resolves.toEqualTypeOf<Page<VoicemailMessage>>()
    expectTypeOf(deleteVoicemailMessage(client, { voicemail_message_id: 1 })).resolves.toEqualTypeOf<void>()
    expectTypeOf(paginate(client, listVoicemailMessages, { voicemail_box_id: 1 })).toExtend<AsyncIterable<VoicemailMessage>>()
  })

  it('rejects a typo at compile time too', () => {
    // @ts-expect-error only_nwe is not a parameter
    void listVoicemailMessages(client, { voicemail_box_id: 1, only_nwe: true })
  })

  it('keeps the documented parameter type in line with the schema', () => {
    expectTypeOf<v.InferInput<typeof ListVoicemailMessagesParamsSchema>>().toEqualTypeOf<ListVoicemailMessagesParams>()
  })
})
