import * as v from 'valibot'
import { AccountSchema } from '../schemas/account'
import { _id } from './id'
import { _timestamp } from './timestamp'

/** The fields all three carrier-request kinds share (contract §8 "Request"). */
/* @__NO_SIDE_EFFECTS__ */
export function _requestEntries() {
  return {
    id: _id(),
    requested_on: _timestamp(),
    completed: v.boolean(),
    successful: v.boolean(),
    error_message: v.optional(v.string()),
    account_id: v.optional(_id()),
    account: v.optional(AccountSchema),
  }
}
