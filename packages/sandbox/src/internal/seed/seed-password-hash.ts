import { hashPassword, sha256 } from '../util/crypto'

// scrypt hashes of the default seed's (seed 1) passwords, with the salts `seedPasswordHash`
// derives. Hashing three passwords costs ~150 ms of CPU and every test file starts a
// sandbox, so the default world uses these; test/seed.test.ts recomputes them so they
// cannot drift from the seed.
const PRECOMPUTED: Record<string, string> = {
  '1/1': 'scrypt$16384$8$1$26cLAfc1AKMsCL5QtFFT1w==$bIfHeYEBQFRah/aEoQdpXz01IxoPJR5NXye8SQieZUI=',
  '1/2': 'scrypt$16384$8$1$nt09lqvrV5wcWlchWnPFZg==$CVYo5XRysGc8npNq1w0uVa5td8rGFf189iFQwrNB8xQ=',
  '1/3': 'scrypt$16384$8$1$ShDI73QMxho7Wyn/QDUckg==$qA95ezH/gi9urU7ef9IXPh35Fr6CWRLDLuyG3ubEGm4=',
}

/** The salt a seeded user's password hash uses: derived from the seed, so the hash is reproducible. */
export function seedSalt(seed: number, userId: number): Buffer {
  return Buffer.from(sha256(`ringplus-sandbox/${seed}/salt/${userId}`).slice(0, 32), 'hex')
}

/**
 * The scrypt hash of a seeded user's password. `recompute` skips the precomputed table
 * (tests use it to check the table).
 */
export function seedPasswordHash(seed: number, userId: number, password: string, recompute = false): Promise<string> {
  const known = recompute ? undefined : PRECOMPUTED[`${seed}/${userId}`]
  return known ? Promise.resolve(known) : hashPassword(password, seedSalt(seed, userId))
}
