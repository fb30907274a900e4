import { describe, expect, test } from 'vitest'
import { createCookieJar } from '../src/login/cookie-jar'

const headers = (...cookies: string[]) => {
  const h = new Headers()
  for (const cookie of cookies) h.append('set-cookie', cookie)
  return h
}

describe('createCookieJar', () => {
  test('sends host-only cookies back to the same host, more specific paths first', () => {
    const jar = createCookieJar()
    const url = new URL('https://my.ringplus.net/oauth/authorize')
    jar.store(url, headers('session=abc; Path=/; HttpOnly; SameSite=Lax', 'oauth=1; Path=/oauth', 'dir=1'))
    expect(jar.header(new URL('https://my.ringplus.net/oauth/token'))).toBe('oauth=1; dir=1; session=abc')
    expect(jar.header(new URL('https://my.ringplus.net/users'))).toBe('session=abc')
    expect(jar.header(new URL('https://api.ringplus.net/'))).toBeUndefined()
    expect(jar.header(new URL('https://my.ringplus.net/oauthx'))).toBe('session=abc')
  })

  test('replaces, expires and deletes cookies', () => {
    let now = 1_000_000
    const jar = createCookieJar(() => now)
    const url = new URL('https://my.ringplus.net/')
    jar.store(url, headers('a=1; Max-Age=10', 'b=1', 'c=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT'))
    jar.store(url, headers('b=2'))
    expect(jar.header(url)).toBe('a=1; b=2')
    now += 11_000
    expect(jar.header(url)).toBe('b=2')
    jar.store(url, headers('b=; Max-Age=0'))
    expect(jar.header(url)).toBeUndefined()
  })

  test('honours Domain only for the host or a parent, and Secure only over https or loopback', () => {
    const jar = createCookieJar()
    jar.store(new URL('https://my.ringplus.net/'), headers('shared=1; Domain=.ringplus.net', 'evil=1; Domain=example.com'))
    expect(jar.header(new URL('https://api.ringplus.net/'))).toBe('shared=1')
    expect(jar.header(new URL('https://example.com/'))).toBeUndefined()
    jar.store(new URL('http://127.0.0.1:4010/'), headers('s=1; Secure', 'ip=1; Domain=0.0.1'))
    expect(jar.header(new URL('http://127.0.0.1:4010/x'))).toBe('s=1')
    const plain = createCookieJar()
    plain.store(new URL('https://intranet.example/'), headers('s=1; Secure'))
    expect(plain.header(new URL('http://intranet.example/'))).toBeUndefined()
  })

  test('ignores malformed lines', () => {
    const jar = createCookieJar()
    jar.store(new URL('https://x.example/'), headers('=novalue', 'noequals', 'ok=1'))
    expect(jar.header(new URL('https://x.example/'))).toBe('ok=1')
  })
})
