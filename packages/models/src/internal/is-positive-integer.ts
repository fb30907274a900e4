/** Whether `value` is an integer of at least 1: the shape of every id. */
export function _isPositiveInteger(value: number): boolean {
  return Number.isInteger(value) && value > 0
}
