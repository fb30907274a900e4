// The sign-in session: a signed (HMAC, @fastify/cookie), HttpOnly, SameSite=Lax cookie holding
// the CSRF token, the signed-in user and the pending authorization request.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { randomUrlSafe } from '../util/crypto'

/** The cookie's name. */
export const SESSION_COOKIE = '_ringplus_session'

/** What the session cookie holds. */
export interface Session {
  /** CSRF token every form posts back as `authenticity_token`. */
  csrf: string
  /** Signed-in user id. */
  uid?: number
  /** The user's password version at sign-in: a password change ends the session. */
  pv?: number
  /** The authorization request the sign-in page was served for (its query string). */
  pending?: string
}

/** Reads and verifies the session cookie; a missing or forged cookie gives a fresh session. */
export function readSession(request: FastifyRequest): Session {
  const raw = request.cookies[SESSION_COOKIE]
  if (raw) {
    const unsigned = request.unsignCookie(raw)
    if (unsigned.valid && unsigned.value) {
      try {
        const value = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Session
        if (typeof value.csrf === 'string' && value.csrf.length > 0) return value
      } catch {
        // fall through to a fresh session
      }
    }
  }
  return { csrf: randomUrlSafe(32) }
}

/** Writes the session cookie. */
export function writeSession(reply: FastifyReply, session: Session): void {
  reply.setCookie(SESSION_COOKIE, Buffer.from(JSON.stringify(session)).toString('base64url'), {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
  })
}
