import { inspect } from 'node:util'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { FluidCallCredentialListResponseSchema, FluidCallCredentialSchema, parseResponse } from '../src/index'
import { fluidCallCredential } from './fixtures/contract-examples'

const PASSWORD = fluidCallCredential().password

describe('FluidCallCredential password redaction', () => {
  const credential = v.parse(FluidCallCredentialSchema, fluidCallCredential())

  it('keeps the password readable', () => {
    expect(credential.password).toBe(PASSWORD)
    expect(credential['password']).toBe(PASSWORD)
    expect(Object.keys(credential)).toContain('password')
  })

  it('shows [redacted] in JSON.stringify and toJSON, keeping the other fields', () => {
    const json = JSON.parse(JSON.stringify(credential)) as Record<string, unknown>
    expect(json).toEqual({ ...fluidCallCredential(), password: '[redacted]', created_at: '2016-09-30T17:04:05.000Z', updated_at: '2016-09-30T17:04:05.000Z' })
    expect((credential as unknown as { toJSON(): unknown }).toJSON()).toMatchObject({ password: '[redacted]', username: '5125550111' })
  })

  it('shows [redacted] in util.inspect and console-style formatting', () => {
    const text = inspect(credential)
    expect(text).toContain("password: '[redacted]'")
    expect(text).toContain("username: '5125550111'")
    expect(text).not.toContain(PASSWORD)
    expect(inspect({ nested: { deeper: [credential] } }, { depth: 5 })).not.toContain(PASSWORD)
  })

  it('adds no enumerable keys', () => {
    expect(Object.keys(credential).sort()).toEqual(Object.keys(fluidCallCredential()).sort())
    expect({ ...credential }).not.toHaveProperty('toJSON')
  })

  it('redacts inside a parsed list response too, and keeps unknown fields', () => {
    const body = { fluidcall_credentials: [{ ...fluidCallCredential(), realm: 'ringplus' }] }
    const { fluidcall_credentials } = parseResponse(FluidCallCredentialListResponseSchema, body, 'GET /accounts/{account_id}/fluidcall_credentials')
    expect(fluidcall_credentials[0]?.password).toBe(PASSWORD)
    expect(fluidcall_credentials[0]?.['realm']).toBe('ringplus')
    const logged = JSON.stringify({ fluidcall_credentials }) + inspect(fluidcall_credentials)
    expect(logged).not.toContain(PASSWORD)
    expect(logged).toContain('[redacted]')
    expect(logged).toContain('ringplus')
  })

  it('never puts the password into a validation error', () => {
    const body = { fluidcall_credentials: [{ ...fluidCallCredential(), sip_host: 42 }] }
    try {
      parseResponse(FluidCallCredentialListResponseSchema, body, 'GET /accounts/{account_id}/fluidcall_credentials')
      expect.unreachable()
    } catch (error) {
      expect(JSON.stringify(error) + inspect(error) + String(error)).not.toContain(PASSWORD)
    }
  })
})
