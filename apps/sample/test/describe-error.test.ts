// Every error the CLI can meet becomes one line with a fix and the documented exit code.
import { InvalidCredentialsError } from '@ringplus/sdk/login'
import { NetworkError, OAuthError, ParameterValidationError, PermissionError, TimeoutError } from '@ringplus/sdk'
import { describe, expect, it } from 'vitest'
import { CliError, ExitCode } from '../src/cli/cli-error'
import { describeError, formatErrorLine } from '../src/cli/describe-error'
import type { RemoteSettings } from '../src/cli/settings'

const remote: RemoteSettings = {
  mode: 'remote',
  apiUrl: 'http://127.0.0.1:4000',
  authUrl: 'http://127.0.0.1:4000',
  clientId: 'id',
  clientSecret: 'secret',
  redirectUri: 'http://127.0.0.1/callback',
  username: undefined,
  password: undefined,
  tokenFile: '/tmp/token.json',
}

describe('describeError', () => {
  it('keeps a CliError as it is', () => {
    const report = describeError(new CliError('boom', { fix: 'do this', exitCode: ExitCode.usage }))
    expect(report).toEqual({ message: 'boom', fix: 'do this', exitCode: 2, name: 'CliError' })
    expect(formatErrorLine(report)).toBe('ringplus-sample: boom — fix: do this')
  })

  it('maps wrong credentials and a refused client to exit 3', () => {
    expect(describeError(new InvalidCredentialsError('http://h/oauth/authorize', 200), remote)).toMatchObject({
      exitCode: ExitCode.auth,
      message: 'sign-in refused: wrong e-mail or password',
    })
    const client = describeError(new OAuthError({ code: 'invalid_client', status: 401, method: 'POST', url: 'http://h:1/oauth/token' }), remote)
    expect(client.exitCode).toBe(ExitCode.auth)
    expect(client.message).toContain('invalid_client at http://h:1')
    expect(client.fix).toContain('RINGPLUS_CLIENT_SECRET')
  })

  it('names the missing scope (exit 4)', () => {
    const error = new PermissionError({
      status: 403,
      method: 'GET',
      url: 'http://h/voicemail_boxes/1/voicemail_messages',
      body: { status: '403', error: 'insufficient_scope' },
      headers: new Headers({ 'www-authenticate': 'Bearer realm="RingPlus", error="insufficient_scope", scope="voicemail"' }),
    })
    const report = describeError(error, remote)
    expect(report.exitCode).toBe(ExitCode.scope)
    expect(report.message).toBe('the token lacks the "voicemail" scope (GET http://h/voicemail_boxes/1/voicemail_messages)')
    expect(report.fix).toContain('ringplus-sample login')
  })

  it('reports an unreachable host with the system error code (exit 5)', () => {
    const cause = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })
    const report = describeError(new NetworkError('GET', 'http://127.0.0.1:9/accounts', cause), remote)
    expect(report.exitCode).toBe(ExitCode.network)
    expect(report.message).toBe('cannot reach http://127.0.0.1:9 (ECONNREFUSED) for GET http://127.0.0.1:9/accounts')
    expect(report.fix).toContain('RINGPLUS_API_URL')
    expect(describeError(new TimeoutError('GET', 'http://h/accounts', 500), remote).exitCode).toBe(ExitCode.network)
  })

  it('treats parameter errors as a bad command line (exit 2)', () => {
    const error = new ParameterValidationError('changeDevice', [{ path: 'device_esn', message: 'is not a valid ESN/MEID' }])
    expect(describeError(error)).toMatchObject({ exitCode: ExitCode.usage })
  })

  it('reports anything else as unexpected (exit 1), one line, pointing at --debug', () => {
    const report = describeError(new RangeError('first line\nsecond line'))
    expect(report).toMatchObject({ exitCode: ExitCode.internal, message: 'unexpected RangeError: first line' })
    expect(report.fix).toContain('--debug')
    expect(describeError('a string').exitCode).toBe(ExitCode.internal)
  })
})
