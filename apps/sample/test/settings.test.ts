// Where the CLI connects: the embedded sandbox, or a host from RINGPLUS_* settings.
import { describe, expect, it } from 'vitest'
import { CliError, ExitCode } from '../src/cli/cli-error'
import { luhnCheckDigit, randomIccid, randomMeid } from '../src/cli/device-identifiers'
import { defaultTokenFile, readSettings } from '../src/cli/settings'

describe('readSettings', () => {
  it('uses the embedded sandbox when no host setting is given', () => {
    expect(readSettings({ HOME: '/home/x', RINGPLUS_USERNAME: 'a@example.com' })).toEqual({ mode: 'embedded' })
  })

  it('reads a host, defaulting the auth URL, redirect URI and token file', () => {
    const settings = readSettings({
      RINGPLUS_API_URL: 'https://api.example.com/',
      RINGPLUS_CLIENT_ID: 'id',
      RINGPLUS_CLIENT_SECRET: 'secret',
      XDG_CONFIG_HOME: '/cfg',
    })
    expect(settings).toMatchObject({
      mode: 'remote',
      apiUrl: 'https://api.example.com',
      authUrl: 'https://api.example.com',
      clientId: 'id',
      clientSecret: 'secret',
      redirectUri: 'http://127.0.0.1/callback',
      tokenFile: '/cfg/ringplus-sample/tokens/api.example.com_443.json',
    })
  })

  it('prefers RINGPLUS_TOKEN_FILE and RINGPLUS_AUTH_URL', () => {
    const settings = readSettings({
      RINGPLUS_API_URL: 'http://127.0.0.1:4000',
      RINGPLUS_AUTH_URL: 'http://127.0.0.1:4001',
      RINGPLUS_CLIENT_ID: 'id',
      RINGPLUS_TOKEN_FILE: '/tmp/t.json',
    })
    expect(settings).toMatchObject({ authUrl: 'http://127.0.0.1:4001', tokenFile: '/tmp/t.json', clientSecret: undefined })
  })

  it('names the missing variable', () => {
    expect(() => readSettings({ RINGPLUS_CLIENT_ID: 'id' })).toThrow(/RINGPLUS_API_URL is not set/)
    expect(() => readSettings({ RINGPLUS_API_URL: 'http://127.0.0.1:1' })).toThrow(/RINGPLUS_CLIENT_ID is not set/)
    try {
      readSettings({ RINGPLUS_API_URL: 'ftp://x', RINGPLUS_CLIENT_ID: 'id' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CliError)
      expect((error as CliError).exitCode).toBe(ExitCode.usage)
      expect((error as CliError).message).toMatch(/RINGPLUS_API_URL is not an http\(s\) URL/)
    }
  })

  it('keeps one token file per host and port', () => {
    expect(defaultTokenFile('http://127.0.0.1:8080', { XDG_CONFIG_HOME: '/c' })).toBe('/c/ringplus-sample/tokens/127.0.0.1_8080.json')
  })
})

describe('device identifiers', () => {
  it('makes MEIDs and Luhn-valid ICCIDs', () => {
    expect(randomMeid()).toMatch(/^[0-9A-F]{14}$/)
    expect(luhnCheckDigit('7992739871')).toBe(3) // the textbook example
    for (let i = 0; i < 20; i += 1) {
      const iccid = randomIccid()
      expect(iccid).toMatch(/^8901\d{15}$/)
      expect(luhnCheckDigit(iccid.slice(0, -1))).toBe(Number(iccid.at(-1)))
    }
  })
})
