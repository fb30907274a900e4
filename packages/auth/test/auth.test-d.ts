import { createClient, type AuthProvider } from '@ringplus/transport'
import { expectTypeOf, test } from 'vitest'
import { createOAuthClient, type OAuthClient, type TokenSet, type TokenStore } from '@ringplus/auth'

test('an OAuthClient is the transport AuthProvider', () => {
  expectTypeOf<OAuthClient>().toExtend<AuthProvider>()
  const auth = createOAuthClient({ clientId: 'id', redirectUri: 'https://app.example.com/cb' })
  createClient({ auth })
})

test('exchangeCode and refreshToken resolve token sets; getToken a string', () => {
  const auth = createOAuthClient({ clientId: 'id', redirectUri: 'https://app.example.com/cb' })
  expectTypeOf(auth.exchangeCode).returns.resolves.toEqualTypeOf<TokenSet>()
  expectTypeOf(auth.refreshToken).returns.resolves.toEqualTypeOf<TokenSet>()
  expectTypeOf(auth.getToken).returns.resolves.toBeString()
})

test('a synchronous store satisfies TokenStore', () => {
  let current: TokenSet | undefined
  const store = { get: () => current, set: (t: TokenSet | undefined) => void (current = t) }
  expectTypeOf(store).toExtend<TokenStore>()
  // @ts-expect-error clientId is required
  createOAuthClient({ redirectUri: 'https://app.example.com/cb' })
})
