const inspectSymbol = Symbol.for('nodejs.util.inspect.custom')
const brand = Symbol.for('@ringplus/error')

/**
 * The base class of every error the RingPlus SDK throws.
 *
 * @remarks
 * Messages, {@link RingPlusError.toJSON} and `util.inspect` output never carry
 * secrets (tokens, client secrets, passwords, code verifiers). Check with
 * {@link isRingPlusError} rather than `instanceof` when two copies of the SDK
 * may meet (iframes, workers, duplicated packages).
 *
 * @example
 * ```ts
 * try {
 *   await getAccount(client, { account_id: 1 })
 * } catch (error) {
 *   if (isRingPlusError(error)) console.error(error.name, error.message)
 * }
 * ```
 * @public
 */
export class RingPlusError extends Error {
  /** The error's class name, also for errors from another realm or copy of the SDK. */
  override name = 'RingPlusError'

  /** Brand read by {@link isRingPlusError}; shared across realms through the global symbol registry. */
  readonly [brand] = true

  /**
   * A plain, secret-free object for logs and `JSON.stringify`.
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message }
    for (const [key, value] of Object.entries(this)) {
      if (key === 'name' || key === 'message' || key === 'cause') continue
      json[key] = value
    }
    return json
  }

  /**
   * What `util.inspect` (and so `console.log`) shows: the same secret-free fields as
   * {@link RingPlusError.toJSON}, plus the stack.
   */
  [inspectSymbol](): string {
    const fields = this.toJSON()
    delete fields['name']
    delete fields['message']
    const extra = Object.keys(fields).length ? ' ' + JSON.stringify(fields) : ''
    return `${this.stack ?? `${this.name}: ${this.message}`}${extra}`
  }
}

/**
 * Whether `value` is an error thrown by the RingPlus SDK, across realms and
 * duplicated copies of the package: it checks a brand kept in the global symbol
 * registry, not the prototype chain.
 *
 * @example
 * ```ts
 * if (isRingPlusError(error)) console.error(error.message)
 * ```
 * @public
 */
export function isRingPlusError(value: unknown): value is RingPlusError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true
}
