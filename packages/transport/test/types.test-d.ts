import { AccountResponseSchema, type AccountDetail } from '@ringplus/models'
import { describe, expectTypeOf, it } from 'vitest'
import {
  createClient,
  paginate,
  toPage,
  type ApiResponse,
  type ListFunction,
  type Page,
  type Paginated,
  type RingPlusClient,
} from '@ringplus/transport'

declare const client: RingPlusClient
interface Call {
  id: number
}
declare const listCalls: ListFunction<{ account_id: number; page?: number; per_page?: number }, Call>
declare const listAll: ListFunction<{ page?: number; per_page?: number }, Call>

describe('types', () => {
  it('request infers data from the schema, and undefined without one', async () => {
    const withSchema = await client.request({ method: 'GET', path: '/accounts/1', endpoint: 'GET /accounts/{account_id}', schema: AccountResponseSchema })
    expectTypeOf(withSchema.data.account).toEqualTypeOf<AccountDetail>()
    const without = await client.request({ method: 'PUT', path: '/accounts/1', endpoint: 'PUT /accounts/{account_id}' })
    expectTypeOf(without.data).toEqualTypeOf<undefined>()
  })

  it('createClient returns a RingPlusClient', () => {
    expectTypeOf(createClient()).toEqualTypeOf<RingPlusClient>()
  })

  it('paginate requires the parameters a list operation requires', () => {
    const items = paginate(client, listCalls, { account_id: 1 })
    expectTypeOf(items).toEqualTypeOf<Paginated<Call>>()
    expectTypeOf(items).toMatchTypeOf<AsyncIterable<Call>>()
    expectTypeOf(items.pages()).toMatchTypeOf<AsyncIterable<Page<Call>>>()
    // @ts-expect-error account_id is required by listCalls
    paginate(client, listCalls)
    paginate(client, listAll)
    paginate(client, listAll, {}, { maxItems: 10, concurrency: 2 })
  })

  it('a Page is an array with pagination', () => {
    const page = toPage({} as ApiResponse<unknown>, [] as Call[])
    expectTypeOf(page.slice(0, 3)).toEqualTypeOf<Call[]>()
    expectTypeOf(page.pagination.nextPage).toEqualTypeOf<number | undefined>()
  })
})
