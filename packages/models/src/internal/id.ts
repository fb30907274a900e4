import * as v from 'valibot'
import { _isPositiveInteger } from './is-positive-integer'

const ID_MESSAGE = 'expected positive integer'

/** An id field: a positive integer (contract §1). */
/* @__NO_SIDE_EFFECTS__ */
export function _id() {
  return v.pipe(v.number(ID_MESSAGE), v.check(_isPositiveInteger, ID_MESSAGE))
}
