import { describe, expect, test } from 'vitest'
import { createMemoryTokenStore, type TokenSet } from '@ringplus/auth'

const token = (n: number): TokenSet => ({ access_token: `a${n}`, refresh_token: `r${n}`, token_type: 'bearer' })

describe('createMemoryTokenStore', () => {
  test('starts empty or with the given token, and replaces it as one unit', async () => {
    expect(await createMemoryTokenStore().get()).toBeUndefined()
    const store = createMemoryTokenStore(token(1))
    expect(await store.get()).toEqual(token(1))
    await store.set(token(2))
    expect(await store.get()).toEqual(token(2))
    await store.set(undefined)
    expect(await store.get()).toBeUndefined()
  })

  test('compareAndSet writes only over the expected pair', async () => {
    const store = createMemoryTokenStore(token(1))
    expect(await store.compareAndSet!(token(2), token(3))).toBe(false)
    expect(await store.get()).toEqual(token(1))
    expect(await store.compareAndSet!({ ...token(1), refresh_token: 'other' }, token(3))).toBe(false)
    expect(await store.compareAndSet!(token(1), token(3))).toBe(true)
    expect(await store.get()).toEqual(token(3))
    expect(await createMemoryTokenStore().compareAndSet!(undefined, token(4))).toBe(true)
  })
})
