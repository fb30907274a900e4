// Secret handling in one place: scrypt password hashes, SHA-256 digests for tokens, codes and
// client secrets, random tokens, and constant-time comparison.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const

/** SHA-256 of a string, hex. Tokens, codes and client secrets are stored only as this. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

/** Compares two strings in time that depends only on their lengths. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  if (left.length !== right.length) {
    timingSafeEqual(left, left)
    return false
  }
  return timingSafeEqual(left, right)
}

/** `bytes` random bytes as hex (32 bytes → the contract's 64-hex tokens). */
export function randomHex(bytes = 32): string {
  return randomBytes(bytes).toString('hex')
}

/** Random URL-safe text (CSRF tokens, session secrets). */
export function randomUrlSafe(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

function format(salt: Buffer, hash: Buffer): string {
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`
}

/**
 * Hashes a password with scrypt: `scrypt$N$r$p$salt$hash`. The salt is random unless given
 * (the seeder derives seeded users' salts from the seed so their hashes are reproducible).
 */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, hash) => {
      if (error) reject(error)
      else resolve(format(salt, hash))
    })
  })
}


/** Checks a password against a stored hash in constant time. */
export function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return Promise.resolve(false)
  const [, n, r, p, saltText, hashText] = parts as [string, string, string, string, string, string]
  const expected = Buffer.from(hashText, 'base64')
  return new Promise((resolve) => {
    scrypt(
      password,
      Buffer.from(saltText, 'base64'),
      expected.length,
      { N: Number(n), r: Number(r), p: Number(p) },
      (error, hash) => resolve(!error && hash.length === expected.length && timingSafeEqual(hash, expected)),
    )
  })
}
