import { base64url } from './base64url'

/** The PKCE S256 challenge of a verifier (RFC 7636 §4.2): base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))))
}
