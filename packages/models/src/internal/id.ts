import * as v from 'valibot'

const ID_MESSAGE = 'expected positive integer'

function isPositiveInteger(value: number): boolean {
  return Number.isInteger(value) && value > 0
}

/** An id field: a positive integer (contract §1). */
/* @__NO_SIDE_EFFECTS__ */
export function _id() {
  return v.pipe(v.number(ID_MESSAGE), v.check(isPositiveInteger, ID_MESSAGE))
}
