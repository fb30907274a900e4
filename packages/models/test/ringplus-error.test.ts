import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { RingPlusError, isRingPlusError } from '../src/index'

class ExampleError extends RingPlusError {
  override name = 'ExampleError'
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

describe('RingPlusError', () => {
  it('serialises its own fields without the cause', () => {
    const error = new ExampleError('GET https://api.ringplus.net/accounts failed', 500)
    ;(error as { cause?: unknown }).cause = new Error('socket hang up')
    expect(error.toJSON()).toEqual({ name: 'ExampleError', message: 'GET https://api.ringplus.net/accounts failed', status: 500 })
    expect(JSON.stringify(error)).toBe(JSON.stringify(error.toJSON()))
  })

  it('shows the same fields in util.inspect', () => {
    const text = inspect(new ExampleError('boom', 503))
    expect(text).toContain('ExampleError: boom')
    expect(text).toContain('"status":503')
  })

  it('is recognised by brand, not by prototype', () => {
    expect(isRingPlusError(new ExampleError('x', 1))).toBe(true)
    const foreign = Object.assign(new Error('from another copy'), { [Symbol.for('@ringplus/error')]: true })
    expect(isRingPlusError(foreign)).toBe(true)
    expect(isRingPlusError(new Error('plain'))).toBe(false)
    expect(isRingPlusError(null)).toBe(false)
    expect(isRingPlusError('RingPlusError')).toBe(false)
  })
})
