/** A small deterministic PRNG (sfc32 seeded through splitmix32): same seed, same sequence. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
  /** `n` hex digits, upper case. */
  hex(n: number): string
  /** `n` decimal digits (the first may be 0). */
  digits(n: number): string
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/** Creates a PRNG from a seed and an optional stream name (so unrelated uses don't share a sequence). */
export function createPrng(seed: number, stream = ''): Prng {
  let h = 2166136261
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 16777619)
  const init = splitmix32((seed ^ h) >>> 0)
  let a = init()
  let b = init()
  let c = init()
  let d = init()
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) >>> 0
    return t / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
    hex: (n: number) => {
      let s = ''
      for (let i = 0; i < n; i++) s += '0123456789ABCDEF'[int(0, 15)]
      return s
    },
    digits: (n: number) => {
      let s = ''
      for (let i = 0; i < n; i++) s += String(int(0, 9))
      return s
    },
  }
}
