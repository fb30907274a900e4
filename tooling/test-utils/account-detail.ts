// Test helper: reads an account in detail with a plain client call, for the tests of
// packages that do not depend on @ringplus/accounts (requests, voicemail).
import { AccountResponseSchema, type AccountDetail } from '@ringplus/models'
import type { RingPlusClient } from '@ringplus/transport'

export async function accountDetail(client: RingPlusClient, account_id: number): Promise<AccountDetail> {
  const response = await client.request({
    method: 'GET',
    path: `/accounts/${account_id}`,
    endpoint: 'GET /accounts/{account_id}',
    schema: AccountResponseSchema,
  })
  return response.data.account
}
