// The Python wrapper's "Checking Voicemail" example (docs §1.3), line for line, as the
// sdk README shows it — run against the sandbox.
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { RingPlus, createOAuthClient } from '../src/index'
import { login } from '../src/login'

let sandbox: Sandbox
beforeAll(async () => {
  sandbox = await startSandbox({ processingDelayMs: 0 })
})
afterAll(() => sandbox.stop())

it('reads almost line for line like the Python example', async () => {
  const { client_id, client_secret, users } = sandbox.credentials
  const { email: my_username, password: my_password } = users[0]!
  const lines: string[] = []
  const print = (text: string) => lines.push(text)

  // --- the README example, verbatim from here ---
  const auth = createOAuthClient({
    clientId: client_id,
    clientSecret: client_secret,
    redirectUri: 'http://127.0.0.1/callback',
    scopes: ['public', 'voicemail'],
    authBaseUrl: sandbox.url,
  })
  await login(auth, my_username, my_password)

  const api = new RingPlus(auth, { host: sandbox.url })

  // Get a list of my accounts
  const my_accounts = await api.accounts()

  // To get the voicemail box id of an account, we need a more detailed account object.
  // Let's examine the first account
  const detailed_account = await api.getAccount({ account_id: my_accounts[0]!.id })

  // Now we can get the voicemail box id and access the voicemail
  const mailbox_id = detailed_account.voicemail_box.id
  const voicemail = await api.voicemail({ voicemail_box_id: mailbox_id })

  // Print the transcriptions from the first 3 voicemail.
  for (const msg of voicemail.slice(0, 3)) print(msg.transcription)
  // --- end of the example ---

  expect(lines).toHaveLength(3)
  for (const line of lines) expect(line.length).toBeGreaterThan(10)
  // Newest first, as the contract orders lists.
  const received = voicemail.slice(0, 3).map((msg) => msg.received_on.getTime())
  expect([...received].sort((a, b) => b - a)).toEqual(received)
  expect(voicemail.every((msg) => msg.voicemail_box_id === mailbox_id)).toBe(true)
})
