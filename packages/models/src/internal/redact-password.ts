const REDACTED = '[redacted]'
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom')

/**
 * Gives a parsed object non-enumerable `toJSON` and `util.inspect` hooks that show
 * `password` as `[redacted]`; the property itself stays readable. Returns the same object.
 */
export function _redactPassword<T extends { password: string }>(value: T): T {
  function redacted(this: T): Record<string, unknown> {
    return { ...this, password: REDACTED }
  }
  Object.defineProperty(value, 'toJSON', { value: redacted, enumerable: false, writable: true, configurable: true })
  // util.inspect formats whatever a custom inspector returns, so a redacted plain copy keeps
  // the usual layout, depth and colours without importing node:util (this code is browser-safe).
  Object.defineProperty(value, inspectSymbol, { value: redacted, enumerable: false, writable: true, configurable: true })
  return value
}
