// The deterministic seeded world (contract §10 and the sandbox issue).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Sandbox } from '@ringplus/sandbox'
import { seedPasswordHash } from '../src/internal/seed/seed-password-hash'
import { seedSecrets } from '../src/internal/seed/seed-world'
import { api, start, tokenFor } from './helpers'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await start()
})
afterAll(() => sandbox.stop())

const total = async (client: ReturnType<typeof api>, path: string) => Number((await client.get(`${path}?per_page=1`)).headers.get('x-total-count'))

describe('seeded world', () => {
  it('has three users: two lines, one line, none; cards for each; plans; a lost/stolen list', () => {
    const { users, credit_card_ids, billing_plan_ids, lost_or_stolen_esns, redirect_uris } = sandbox.credentials
    expect(users.map((u) => u.account_ids.length)).toEqual([2, 1, 0])
    for (const user of users) {
      expect(user.email).toMatch(/^[a-z]+@example\.com$/)
      expect(user.password.length).toBeGreaterThanOrEqual(12)
      expect(credit_card_ids[String(user.id)]!.length).toBeGreaterThanOrEqual(1)
    }
    expect(billing_plan_ids.length).toBeGreaterThanOrEqual(2)
    expect(lost_or_stolen_esns.length).toBeGreaterThanOrEqual(2)
    for (const esn of lost_or_stolen_esns) expect(esn).toMatch(/^([0-9A-F]{8}|[0-9A-F]{14})$/)
    expect(redirect_uris).toEqual(['http://127.0.0.1/callback', 'http://localhost/callback'])
  })

  it('gives every line ≥1,000 calls, ≥1,000 texts, ≥500 data records, ≥30 voicemails, services and FluidCall credentials', async () => {
    for (const [userIndex, user] of sandbox.credentials.users.entries()) {
      const client = api(sandbox, tokenFor(sandbox, userIndex))
      for (const accountId of user.account_ids) {
        expect(await total(client, `/accounts/${accountId}/phone_calls`)).toBeGreaterThanOrEqual(1000)
        expect(await total(client, `/accounts/${accountId}/phone_texts`)).toBeGreaterThanOrEqual(1000)
        expect(await total(client, `/accounts/${accountId}/phone_data`)).toBeGreaterThanOrEqual(500)
        expect(await total(client, `/accounts/${accountId}/enforced_carrier_services`)).toBeGreaterThanOrEqual(1)
        expect(await total(client, `/accounts/${accountId}/fluidcall_credentials`)).toBeGreaterThanOrEqual(1)
        const box = (await client.get(`/accounts/${accountId}`)).body.account.voicemail_box
        expect(box.message_count).toBeGreaterThanOrEqual(30)
        expect(box.new_message_count).toBeGreaterThan(0)
      }
    }
  })

  it('is deterministic: the same seed gives the same secrets and data, another seed different ones', async () => {
    const twin = await start()
    const other = await start({ seed: 42 })
    try {
      expect(twin.credentials).toEqual({ ...sandbox.credentials, url: twin.url })
      expect(other.credentials.client_secret).not.toBe(sandbox.credentials.client_secret)
      expect(other.credentials.users[0]!.password).not.toBe(sandbox.credentials.users[0]!.password)
      const strip = (items: Record<string, unknown>[]) => items.map(({ start_time: _t, received_on: _r, ...rest }) => rest)
      const page = async (s: Sandbox, path: string) => strip(Object.values((await api(s, tokenFor(s)).get(path)).body)[0] as Record<string, unknown>[])
      expect(await page(twin, '/accounts/11/phone_calls?per_page=50')).toEqual(await page(sandbox, '/accounts/11/phone_calls?per_page=50'))
      expect(await page(twin, '/voicemail_boxes/31/voicemail_messages?per_page=50')).toEqual(await page(sandbox, '/voicemail_boxes/31/voicemail_messages?per_page=50'))
      expect(await page(other, '/accounts/11/phone_calls?per_page=50')).not.toEqual(await page(sandbox, '/accounts/11/phone_calls?per_page=50'))
    } finally {
      await twin.stop()
      await other.stop()
    }
  })

  it('precomputed password hashes for the default seed match a fresh scrypt', async () => {
    const secrets = seedSecrets(1)
    for (const [id, password] of secrets.passwords) {
      expect(await seedPasswordHash(1, id, password)).toBe(await seedPasswordHash(1, id, password, true))
    }
  })

  it('scale fills user A’s first line with that many calls', async () => {
    const scaled = await start({ scale: 2500 })
    try {
      expect(await total(api(scaled, tokenFor(scaled)), '/accounts/11/phone_calls')).toBe(2500)
    } finally {
      await scaled.stop()
    }
  })
})
