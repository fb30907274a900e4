import * as v from 'valibot'
import { _id } from './id'
import { _timestamp } from './timestamp'

/** The fields an Account carries in lists; AccountDetail adds to them. */
/* @__NO_SIDE_EFFECTS__ */
export function _accountEntries() {
  return {
    id: _id(),
    user_id: _id(),
    name: v.string(),
    phone_number: v.string(),
    balance: v.number(),
    registered_on: _timestamp(),
    email_address: v.string(),
  }
}
