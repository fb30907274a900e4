import { resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, test } from 'vitest'
import * as auth from '@ringplus/auth'
import * as loginEntry from '@ringplus/auth/login'
import * as node from '@ringplus/auth/node'
import { isRingPlusError, RingPlusError } from '@ringplus/models'

const packages = resolve(import.meta.dirname, '../..')

describe('public exports', () => {
  test('each entry point exports what it documents, nothing more', () => {
    expect(Object.keys(auth).sort()).toEqual([
      'AuthorizationDeniedError',
      'OAuthError',
      'SignInRequiredError',
      'StateMismatchError',
      'createMemoryTokenStore',
      'createOAuthClient',
    ])
    expect(Object.keys(node).sort()).toEqual(['TokenStoreError', 'createFileTokenStore'])
    expect(Object.keys(loginEntry).sort()).toEqual(['ConsentRequiredError', 'InvalidCredentialsError', 'LoginPageError', 'login'])
  })

  test('every error extends RingPlusError and carries its own name', () => {
    const errors = [
      new auth.OAuthError({ code: 'invalid_grant', status: 400, method: 'POST', url: 'https://x/oauth/token' }),
      new auth.AuthorizationDeniedError('no'),
      new auth.StateMismatchError(true),
      new auth.SignInRequiredError('no token'),
      new node.TokenStoreError('/tmp/t.json', 'is not valid JSON'),
      new loginEntry.InvalidCredentialsError('https://x/oauth/authorize', 200),
      new loginEntry.ConsentRequiredError('https://x/oauth/authorize', ['public']),
      new loginEntry.LoginPageError('https://x/oauth/authorize', 404, 'an error page'),
    ]
    for (const error of errors) {
      expect(error).toBeInstanceOf(RingPlusError)
      expect(isRingPlusError(error)).toBe(true)
      expect(error.name).toBe(error.constructor.name)
      expect(error.toJSON()).toMatchObject({ name: error.name, message: error.message })
    }
    expect(errors[0]!.toJSON()).toEqual({
      name: 'OAuthError',
      message: 'POST https://x/oauth/token failed (400): invalid_grant',
      code: 'invalid_grant',
      description: undefined,
      status: 400,
      method: 'POST',
      url: 'https://x/oauth/token',
    })
  })

  test('the main entry bundles for the browser without Node built-ins or the login parser', async () => {
    const result = await build({
      stdin: { contents: "export { createOAuthClient, createMemoryTokenStore } from '@ringplus/auth'", resolveDir: packages, loader: 'ts' },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      minify: true,
      logLevel: 'silent',
      alias: {
        '@ringplus/auth': resolve(packages, 'auth/src/index.ts'),
        '@ringplus/transport': resolve(packages, 'transport/src/index.ts'),
        '@ringplus/models': resolve(packages, 'models/src/index.ts'),
      },
    })
    const code = result.outputFiles[0]!.text
    expect(code).not.toMatch(/node:|htmlparser|require\(/)
    expect(code).toContain('crypto.subtle')
  })
})
