// Finds an account's voicemail box id with a plain client call (the voicemail package does
// not depend on @ringplus/accounts).
import { AccountResponseSchema } from '@ringplus/models'
import type { RingPlusClient } from '@ringplus/transport'

export async function voicemailBoxOf(client: RingPlusClient, account_id: number): Promise<number> {
  const response = await client.request({
    method: 'GET',
    path: `/accounts/${account_id}`,
    endpoint: 'GET /accounts/{account_id}',
    schema: AccountResponseSchema,
  })
  return response.data.account.voicemail_box.id
}
