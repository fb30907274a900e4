// Contract §6: parameters come from the query string, a form body or a JSON body (Rails
// bracket names: `account[name]` or `{"account":{"name":..}}`), merged. A parameter repeated
// with the same value counts once; with different values the request is a 400. Unknown
// parameters are simply never read.
import { badRequest, unprocessable } from './api-problem'

/** The merged parameters of one request. */
export class Params {
  readonly #values: Map<string, string[]>

  constructor(values: Map<string, string[]>) {
    this.#values = values
  }

  /** The value of `name`, or undefined when absent. */
  get(name: string): string | undefined {
    return this.#values.get(name)?.[0]
  }

  /** True when `name` was sent (even empty). */
  has(name: string): boolean {
    return this.#values.has(name)
  }

  /**
   * The value of a scalar field such as `account[name]`. A structured value
   * (`account[name][x]=..`, or an object/array in JSON) is a 422 naming `field`.
   */
  scalar(name: string, field: string): string | undefined {
    if (this.hasContainer(name)) throw unprocessable([{ code: 'invalid', field, message: 'must be a string' }])
    return this.get(name)
  }

  /** True when any parameter named `prefix[...]` was sent. */
  hasContainer(prefix: string): boolean {
    for (const key of this.#values.keys()) if (key.startsWith(`${prefix}[`)) return true
    return false
  }
}

function add(values: Map<string, string[]>, name: string, value: string): void {
  const list = values.get(name)
  if (!list) values.set(name, [value])
  else if (!list.includes(value)) list.push(value)
}

function flatten(values: Map<string, string[]>, name: string, value: unknown, depth: number): void {
  if (depth > 8) throw badRequest('JSON body is nested too deeply')
  if (value === null || value === undefined) add(values, name, '')
  else if (Array.isArray(value)) for (const item of value) flatten(values, `${name}[]`, item, depth + 1)
  else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(values, name ? `${name}[${key}]` : key, item, depth + 1)
  } else add(values, name, String(value))
}

/** Collects the query string and body of a request into {@link Params}; throws a 400 on a conflict. */
export function collectParams(rawUrl: string, body: unknown): Params {
  const values = new Map<string, string[]>()
  const q = rawUrl.indexOf('?')
  if (q >= 0) for (const [name, value] of new URLSearchParams(rawUrl.slice(q + 1))) add(values, name, value)
  if (body instanceof URLSearchParams) {
    for (const [name, value] of body) add(values, name, value)
  } else if (body !== undefined && body !== null && body !== '') {
    if (typeof body !== 'object' || Array.isArray(body)) throw badRequest('the JSON body must be an object')
    flatten(values, '', body, 0)
  }
  for (const [name, list] of values) {
    if (list.length > 1 && !name.endsWith('[]')) {
      throw badRequest(`parameter given more than once with different values: ${name}`)
    }
  }
  return new Params(values)
}
