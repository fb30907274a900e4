const ESN_OR_MEID = /^(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{14})$/

/**
 * Whether `value` is a device ESN (exactly 8 hexadecimal digits) or MEID (exactly 14),
 * in any letter case — the check the API applies to `device_esn` (contract §9).
 *
 * @param value - Anything; only strings can be valid.
 *
 * @example
 * ```ts
 * isValidEsn('A1B2C3D4') // true (ESN)
 * isValidEsn('a0000012345678') // true (MEID)
 * isValidEsn('A1B2C3D') // false
 * ```
 * @public
 */
export function isValidEsn(value: unknown): boolean {
  return typeof value === 'string' && ESN_OR_MEID.test(value)
}
