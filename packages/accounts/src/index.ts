/**
 * Accounts, users and enforced carrier services of the RingPlus API: `listAccounts`, `listUserAccounts`, `getAccount`, `updateAccount`, `listUsers`, `getUser`, `updateUser`, `listEnforcedCarrierServices`.
 *
 * @remarks
 * Plain functions taking a client from `@ringplus/transport` first; bound onto the `RingPlus`
 * facade by `@ringplus/sdk`.
 *
 * @packageDocumentation
 */
export { listAccounts, type ListAccountsParams } from './list-accounts'
export { listUserAccounts, type ListUserAccountsParams } from './list-user-accounts'
export { getAccount, type GetAccountParams } from './get-account'
export { updateAccount, type UpdateAccountParams } from './update-account'
export { listUsers, type ListUsersParams } from './list-users'
export { getUser, type GetUserParams } from './get-user'
export { updateUser, type UpdateUserParams } from './update-user'
export {
  listEnforcedCarrierServices,
  type ListEnforcedCarrierServicesParams,
} from './list-enforced-carrier-services'
