import { TokenResponseSchema } from '@ringplus/models'
import * as v from 'valibot'
import type { TokenSet } from './types'

/**
 * Normalises a token response (or a stored token) into a {@link TokenSet}: validates it against
 * the contract's `TokenResponseSchema`, requires a bearer token, and computes `expires_at` from
 * `expires_in` and the local clock when missing. Returns `undefined` for anything else.
 */
export function toTokenSet(body: unknown, nowMs: number): TokenSet | undefined {
  const result = v.safeParse(TokenResponseSchema, body)
  if (!result.success || result.output.token_type.toLowerCase() !== 'bearer') return undefined
  const token: TokenSet = result.output
  if (token.expires_at !== undefined && typeof token.expires_at !== 'number') return undefined
  if (token.expires_at === undefined && token.expires_in !== undefined) {
    token.expires_at = Math.floor(nowMs / 1000) + token.expires_in
  }
  return token
}
