// Builds the deterministic world of contract §10 and the sandbox issue: three users (two
// lines, one line, none), usage over the last 90 days, voicemail, carrier services,
// FluidCall credentials, billing plans, cards, a lost/stolen list and a phone-number pool.
import type { Db } from '../db/open-database'
import { createPrng, type Prng } from '../util/create-prng'
import { randomUrlSafe, sha256 } from '../util/crypto'
import { seedPasswordHash } from './seed-password-hash'
import { dateFromSeconds } from '../util/time'
import { luhnCheckDigit } from '../util/validators'
import {
  ACCOUNT_SERVICES,
  AREA_CODES,
  BILLING_PLANS,
  CARRIER_SERVICES,
  COMPANIES,
  COUNTRY_PREFIXES,
  DEVICE_MODELS,
  FIRST_NAMES,
  PASSWORD_WORDS,
  PLACES,
  REDIRECT_URIS,
  SEED_USERS,
  SIP_HOST,
  TIMES,
  TRANSCRIPTIONS,
  WEEKDAYS,
} from './seed-data'

const DAY = 86_400
const WINDOW = 90 * DAY

/** How the world is seeded. */
export interface SeedOptions {
  seed: number
  /** Call records for user A's first line; the default world has 1,000–1,200. */
  scale: number
  /** The sandbox clock's now, in epoch milliseconds: usage spans the 90 days before it. */
  nowMs: number
}

/** The seed-derived secrets: the same seed always gives the same ids, secrets and passwords. */
export interface SeedSecrets {
  client_id: string
  client_secret: string
  public_client_id: string
  passwords: Map<number, string>
}

/** Derives the seed's client ids, client secret and user passwords. */
export function seedSecrets(seed: number): SeedSecrets {
  const derive = (name: string) => sha256(`ringplus-sandbox/${seed}/${name}`)
  const prng = createPrng(seed, 'passwords')
  const passwords = new Map<number, string>()
  for (const user of SEED_USERS) {
    passwords.set(user.id, `${prng.pick(PASSWORD_WORDS)}-${prng.pick(PASSWORD_WORDS)}-${prng.digits(4)}`)
  }
  return {
    client_id: derive('client_id'),
    client_secret: derive('client_secret'),
    public_client_id: derive('public_client_id'),
    passwords,
  }
}

/** True once the database holds a seeded world. */
export function isSeeded(db: Db): boolean {
  return db.prepare("SELECT 1 FROM meta WHERE key = 'seed'").get() !== undefined
}

function fill(template: string, prng: Prng, number: string): string {
  return template
    .replaceAll('{name}', prng.pick(FIRST_NAMES))
    .replaceAll('{company}', prng.pick(COMPANIES))
    .replaceAll('{day}', prng.pick(WEEKDAYS))
    .replaceAll('{time}', prng.pick(TIMES))
    .replaceAll('{place}', prng.pick(PLACES))
    .replaceAll('{number}', `${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`)
}

function iccid(prng: Prng, length: 19 | 20): string {
  const body = '8901260' + prng.digits(length - 8)
  return body + luhnCheckDigit(body)
}

function shuffle<T>(items: T[], prng: Prng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = prng.int(0, i)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/** Sorted ascending random epoch seconds in the 90 days before `nowSec`. */
function sortedTimes(prng: Prng, n: number, nowSec: number): Float64Array {
  const times = new Float64Array(n)
  for (let i = 0; i < n; i++) times[i] = nowSec - 60 - Math.floor(prng.next() * WINDOW)
  return times.sort()
}

/**
 * Seeds an empty database. Password hashing (scrypt) runs first, in parallel; everything
 * else is one transaction of prepared, parameterised inserts.
 */
export async function seedWorld(db: Db, options: SeedOptions): Promise<void> {
  const { seed, scale } = options
  const secrets = seedSecrets(seed)
  const hashes = new Map<number, string>()
  await Promise.all(
    SEED_USERS.map(async (user) => hashes.set(user.id, await seedPasswordHash(seed, user.id, secrets.passwords.get(user.id)!))),
  )
  const nowSec = Math.floor(options.nowMs / 1000)
  const prng = createPrng(seed, 'world')

  db.transaction(() => {
    const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
    meta.run('seed', String(seed))
    meta.run('scale', String(scale))
    meta.run('seeded_at_ms', String(options.nowMs))
    meta.run('session_secret', randomUrlSafe(32))

    for (const plan of BILLING_PLANS) {
      db.prepare('INSERT INTO billing_plans (id, name, price) VALUES (?, ?, ?)').run(plan.id, plan.name, plan.price)
    }

    const insertApp = db.prepare(
      'INSERT INTO applications (id, name, client_id, secret_hash, confidential, redirect_uris, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    insertApp.run(1, 'RingPlus Sandbox App', secrets.client_id, sha256(secrets.client_secret), 1, JSON.stringify(REDIRECT_URIS), nowSec - 400 * DAY)
    insertApp.run(2, 'RingPlus Sandbox Browser App', secrets.public_client_id, null, 0, JSON.stringify(REDIRECT_URIS), nowSec - 400 * DAY)

    // Lost or stolen devices: four MEIDs and two ESNs.
    const lost = new Set<string>()
    while (lost.size < 6) lost.add(lost.size < 4 ? 'A1' + prng.hex(12) : prng.hex(8))
    const insertLost = db.prepare('INSERT INTO lost_or_stolen_esns (esn) VALUES (?)')
    for (const esn of lost) insertLost.run(esn)

    // Phone numbers: lines take theirs from the fictional 555-01xx block, the pool the rest.
    const usedNumbers = new Set<string>()
    const lineNumber = (area: string): string => {
      for (;;) {
        const number = `${area}55501${prng.digits(2)}`
        if (!usedNumbers.has(number)) {
          usedNumbers.add(number)
          return number
        }
      }
    }

    const insertUser = db.prepare('INSERT INTO users (id, email, password_hash, registered_on) VALUES (?, ?, ?, ?)')
    const insertAddress = db.prepare(
      'INSERT INTO shipping_addresses (user_id, name, line1, line2, city, state, zip) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const insertGrant = db.prepare('INSERT INTO grants (user_id, application_id, scope, created_at) VALUES (?, ?, ?, ?)')
    const insertCard = db.prepare(
      'INSERT INTO credit_cards (id, user_id, brand, last4, exp_month, exp_year) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const insertAccount = db.prepare(
      'INSERT INTO accounts (id, user_id, name, email_address, phone_number, balance, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const insertDevice = db.prepare(
      'INSERT INTO devices (account_id, model_name, esn, iccid, registered_on, active) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const insertService = db.prepare(
      'INSERT INTO account_services (account_id, name, service_type, active) VALUES (?, ?, ?, ?)',
    )
    const insertBox = db.prepare('INSERT INTO voicemail_boxes (id, account_id) VALUES (?, ?)')
    const insertSubscription = db.prepare(
      'INSERT INTO billing_subscriptions (account_id, billing_plan_id, name, price, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const insertCarrierService = db.prepare(
      'INSERT INTO enforced_carrier_services (account_id, name, code, description, enforced_on) VALUES (?, ?, ?, ?, ?)',
    )
    const insertFluidCall = db.prepare(
      'INSERT INTO fluidcall_credentials (account_id, username, password, sip_host, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const insertVoicemail = db.prepare(
      'INSERT INTO voicemail_messages (voicemail_box_id, caller_phone_number, transcription, received_on, duration, is_new) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const insertCall = db.prepare(
      `INSERT INTO phone_calls (account_id, pos, start_time, direction, originating_phone_number, destination_phone_number, duration, cost, international, roaming)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const insertText = db.prepare(
      `INSERT INTO phone_texts (account_id, pos, occurred_at, direction, originating_phone_number, destination_phone_number, message_type, cost)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const insertData = db.prepare(
      'INSERT INTO phone_data (account_id, pos, occurred_at, kilobytes, cost, roaming) VALUES (?, ?, ?, ?, ?, ?)',
    )

    let boxId = 31
    let firstLine = true
    for (const user of SEED_USERS) {
      const registered = nowSec - prng.int(500, 900) * DAY
      insertUser.run(user.id, user.email, hashes.get(user.id)!, registered)
      for (const a of user.addresses) {
        insertAddress.run(user.id, a.name, a.line1, 'line2' in a ? a.line2 : null, a.city, a.state, a.zip)
      }
      insertGrant.run(user.id, 1, 'public manage voicemail request', registered)
      insertGrant.run(user.id, 2, 'public manage voicemail request', registered)
      for (const card of user.cards) insertCard.run(card.id, user.id, card.brand, card.last4, prng.int(1, 12), 2027 + prng.int(0, 4))

      for (const line of user.lines) {
        const own = lineNumber(line.area)
        const lineRegistered = registered + prng.int(1, 300) * DAY
        const balance = Math.round(prng.int(0, 6000)) / 100
        insertAccount.run(line.id, user.id, line.name, user.email, own, balance, lineRegistered)

        let esn: string
        do esn = 'A1' + prng.hex(12)
        while (lost.has(esn))
        insertDevice.run(line.id, prng.pick(DEVICE_MODELS), esn, iccid(prng, line.id === 13 ? 19 : 20), lineRegistered, 1)
        for (const s of ACCOUNT_SERVICES) insertService.run(line.id, s.name, s.service_type, s.active ? 1 : 0)

        const plan = BILLING_PLANS.find((p) => p.id === line.plan)!
        insertSubscription.run(line.id, plan.id, plan.name, plan.price, dateFromSeconds(lineRegistered), lineRegistered, lineRegistered + 30 * DAY)

        const services = shuffle([...CARRIER_SERVICES], prng).slice(0, prng.int(3, 5))
        for (const s of services) insertCarrierService.run(line.id, s.name, s.code, s.description, lineRegistered + prng.int(0, 200) * DAY)

        const fluidCount = prng.int(1, 3)
        for (let i = 1; i <= fluidCount; i++) {
          const created = lineRegistered + prng.int(1, 100) * DAY
          let password = ''
          for (let j = 0; j < 16; j++) password += 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[prng.int(0, 54)]
          insertFluidCall.run(line.id, `fc${own}-${i}`, password, SIP_HOST, created, created + prng.int(0, 30) * DAY)
        }

        // Everyone this line talks to: a few often, many rarely.
        const contacts: string[] = []
        for (let i = 0; i < 60; i++) contacts.push(`${prng.pick(AREA_CODES)}${prng.int(200, 999)}${prng.digits(4)}`)
        const contact = (): string => contacts[Math.floor(prng.next() ** 2 * contacts.length)]!

        insertBox.run(boxId, line.id)
        const voicemails = 30 + prng.int(0, 10)
        const vmTimes = sortedTimes(prng, voicemails, nowSec)
        for (let i = 0; i < voicemails; i++) {
          const caller = contact()
          insertVoicemail.run(boxId, caller, fill(prng.pick(TRANSCRIPTIONS), prng, caller), vmTimes[i]!, prng.int(6, 95), i >= voicemails - 6 ? 1 : 0)
        }
        boxId++

        const calls = firstLine && scale > 0 ? scale : 1000 + prng.int(0, 200)
        const callTimes = sortedTimes(prng, calls, nowSec)
        for (let i = 0; i < calls; i++) {
          const international = prng.next() < 0.03
          const roaming = prng.next() < 0.02
          const other = international ? prng.pick(COUNTRY_PREFIXES) + prng.digits(8) : contact()
          const outbound = prng.next() < 0.55
          const duration = prng.next() < 0.15 ? 0 : Math.floor(-Math.log(1 - prng.next()) * 180) + 5
          const minutes = Math.ceil(duration / 60)
          const cost = Math.round(minutes * ((international && outbound ? 10 : 0) + (roaming ? 25 : 0))) / 100
          insertCall.run(line.id, calls - 1 - i, callTimes[i]!, outbound ? 'outbound' : 'inbound', outbound ? own : other, outbound ? other : own, duration, cost, international ? 1 : 0, roaming ? 1 : 0)
        }

        const texts = 1000 + prng.int(0, 200)
        const textTimes = sortedTimes(prng, texts, nowSec)
        for (let i = 0; i < texts; i++) {
          const other = contact()
          const outbound = prng.next() < 0.5
          const mms = prng.next() < 0.12
          insertText.run(line.id, texts - 1 - i, textTimes[i]!, outbound ? 'outbound' : 'inbound', outbound ? own : other, outbound ? other : own, mms ? 'mms' : 'sms', 0)
        }

        const data = 500 + prng.int(0, 100)
        const dataTimes = sortedTimes(prng, data, nowSec)
        for (let i = 0; i < data; i++) {
          const roaming = prng.next() < 0.02
          const kilobytes = Math.floor(-Math.log(1 - prng.next()) * 12_000) + 4
          insertData.run(line.id, data - 1 - i, dataTimes[i]!, kilobytes, roaming ? Math.round(kilobytes / 10.24) / 100 : 0, roaming ? 1 : 0)
        }
        firstLine = false
      }
    }

    const insertPool = db.prepare('INSERT INTO phone_number_pool (phone_number) VALUES (?)')
    for (const area of AREA_CODES) {
      for (let i = 0; i < 10; i++) {
        const number = `${area}55501${String(i * 7 + 30).padStart(2, '0')}`
        if (!usedNumbers.has(number)) insertPool.run(number)
      }
    }
  })()
}
