import { base64url } from './base64url'

/** 32 random bytes from Web Crypto as base64url (43 characters): `state` and PKCE verifiers. */
export function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)))
}
