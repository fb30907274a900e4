import type { FaultRule, SandboxFaults } from '../../types'
import type { Prng } from '../util/create-prng'
import { compilePath } from './path-matcher'

interface ActiveRule {
  rule: FaultRule
  method: string | undefined
  matches: (path: string) => boolean
  remaining: number
}

/** What the faults decided for one request: a delay first, then maybe a fault instead of the answer. */
export interface FaultDecision {
  delayMs: number
  fault: FaultRule | undefined
}

/** The fault handle plus the per-request decision. */
export interface FaultInjector extends SandboxFaults {
  decide(method: string, path: string): FaultDecision | undefined
}

/** Checks a rule's fields; throws a TypeError naming the bad one. */
export function checkFaultRule(rule: FaultRule): void {
  if (!['latency', 'status', 'reset', 'malformed'].includes(rule.kind)) {
    throw new TypeError(`fault rule: kind must be latency, status, reset or malformed`)
  }
  if (rule.status !== undefined && (!Number.isInteger(rule.status) || rule.status < 400 || rule.status > 599)) {
    throw new TypeError('fault rule: status must be an integer from 400 to 599')
  }
  if (rule.delayMs !== undefined && (!Number.isFinite(rule.delayMs) || rule.delayMs < 0)) {
    throw new TypeError('fault rule: delayMs must be a non-negative number')
  }
  if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) {
    throw new TypeError('fault rule: times must be a positive integer')
  }
  if (rule.rate !== undefined && (!Number.isFinite(rule.rate) || rule.rate < 0 || rule.rate > 1)) {
    throw new TypeError('fault rule: rate must be between 0 and 1')
  }
}

/** Creates an injector with no rules; `rate` draws come from `prng` (deterministic per seed). */
export function createFaultInjector(prng: Prng): FaultInjector {
  let rules: ActiveRule[] = []
  return {
    add(rule) {
      checkFaultRule(rule)
      rules.push({
        rule: { ...rule },
        method: rule.method?.toUpperCase(),
        matches: compilePath(rule.path),
        remaining: rule.times ?? Number.POSITIVE_INFINITY,
      })
    },
    clear() {
      rules = []
    },
    decide(method, path) {
      if (rules.length === 0) return undefined
      let delayMs = 0
      let fault: FaultRule | undefined
      for (const active of rules) {
        if (active.remaining <= 0) continue
        if (active.method !== undefined && active.method !== method) continue
        if (!active.matches(path)) continue
        if (active.rule.rate !== undefined && prng.next() >= active.rule.rate) continue
        active.remaining--
        if (active.rule.kind === 'latency') delayMs += active.rule.delayMs ?? 1000
        else {
          fault = active.rule
          break
        }
      }
      rules = rules.filter((r) => r.remaining > 0)
      return delayMs > 0 || fault ? { delayMs, fault } : undefined
    },
  }
}

/** The mix `ringplus-sandbox --faults` installs: about one API request in eight misbehaves. */
export const DEFAULT_FAULT_MIX: readonly FaultRule[] = [
  { path: /^\/(?!oauth\/|_sandbox\/)/, kind: 'latency', delayMs: 750, rate: 0.04 },
  { path: /^\/(?!oauth\/|_sandbox\/)/, kind: 'status', status: 500, rate: 0.02 },
  { path: /^\/(?!oauth\/|_sandbox\/)/, kind: 'status', status: 503, rate: 0.02 },
  { path: /^\/(?!oauth\/|_sandbox\/)/, kind: 'status', status: 429, rate: 0.02 },
  { path: /^\/(?!oauth\/|_sandbox\/)/, kind: 'reset', rate: 0.02 },
  { path: /^\/(?!oauth\/|_sandbox\/)/, kind: 'malformed', rate: 0.02 },
]
