import type { Account, AccountDetail, CarrierService, User } from '@ringplus/models'
import type { Page, RequestOptions, RingPlusClient } from '@ringplus/transport'
import { paginate } from '@ringplus/transport'
import type * as v from 'valibot'
import { describe, expectTypeOf, it } from 'vitest'
import {
  getAccount,
  getUser,
  listAccounts,
  listEnforcedCarrierServices,
  listUserAccounts,
  listUsers,
  updateAccount,
  updateUser,
  type GetAccountParams,
  type ListAccountsParams,
  type ListUserAccountsParams,
  type UpdateUserParams,
} from '@ringplus/accounts'
import type { ListAccountsParamsSchema } from '../src/list-accounts'
import type { UpdateUserParamsSchema } from '../src/update-user'

declare const client: RingPlusClient

describe('accounts types', () => {
  it('pins the result types', () => {
    expectTypeOf(listAccounts(client)).resolves.toEqualTypeOf<Page<Account>>()
    expectTypeOf(listUserAccounts(client, { user_id: 1 })).resolves.toEqualTypeOf<Page<Account>>()
    expectTypeOf(getAccount(client, { account_id: 1 })).resolves.toEqualTypeOf<AccountDetail>()
    expectTypeOf(updateAccount(client, { account_id: 1, name: 'x' })).resolves.toEqualTypeOf<void>()
    expectTypeOf(listUsers(client)).resolves.toEqualTypeOf<Page<User>>()
    expectTypeOf(getUser(client, { user_id: 1 })).resolves.toEqualTypeOf<User>()
    expectTypeOf(updateUser(client, { user_id: 1, email: 'x@example.com' })).resolves.toEqualTypeOf<void>()
    expectTypeOf(listEnforcedCarrierServices(client, { account_id: 1 })).resolves.toEqualTypeOf<Page<CarrierService>>()
  })

  it('works with paginate, yielding the model type', () => {
    expectTypeOf(paginate(client, listAccounts)).toExtend<AsyncIterable<Account>>()
    expectTypeOf(paginate(client, listUserAccounts, { user_id: 1 })).toExtend<AsyncIterable<Account>>()
    expectTypeOf(paginate(client, listEnforcedCarrierServices, { account_id: 1 })).toExtend<AsyncIterable<CarrierService>>()
  })

  it('binds onto a facade with bind(null, client)', () => {
    const bound = getAccount.bind(null, client)
    expectTypeOf(bound).parameters.toEqualTypeOf<[params: GetAccountParams, options?: RequestOptions]>()
    expectTypeOf(bound({ account_id: 1 })).resolves.toEqualTypeOf<AccountDetail>()
  })

  it('rejects wrong parameters at compile time', () => {
    // @ts-expect-error account_id is required
    void getAccount(client, {})
    // @ts-expect-error ids are numbers
    void getAccount(client, { account_id: '1' })
    // @ts-expect-error unknown filter
    void listAccounts(client, { nmae: 'x' })
    // @ts-expect-error name is required
    void updateAccount(client, { account_id: 1 })
  })

  it('keeps the documented parameter types in line with the schemas', () => {
    expectTypeOf<v.InferInput<typeof ListAccountsParamsSchema>>().toEqualTypeOf<ListAccountsParams>()
    expectTypeOf<ListUserAccountsParams>().toExtend<ListAccountsParams>()
    expectTypeOf<v.InferInput<typeof UpdateUserParamsSchema>>().toEqualTypeOf<UpdateUserParams>()
  })
})
