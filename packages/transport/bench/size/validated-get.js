// size-limit entry: what a browser app ships for one authenticated, validated GET.
import { AccountResponseSchema } from '@ringplus/models'
import { createClient } from '../../dist/index.js'

const client = createClient({ auth: 'token' })
export const account = client.request({
  method: 'GET',
  path: '/accounts/12',
  endpoint: 'GET /accounts/{account_id}',
  schema: AccountResponseSchema,
})
