// The browser sample: sign in with the OAuth redirect flow (public client, PKCE, state), then list
// the first line's voicemail with a delete button. Imports only the small per-domain packages, so
// the bundle carries auth, transport, two account operations and the voicemail operations.
import { createOAuthClient, type OAuthClient } from '@ringplus/auth'
import { getAccount, listAccounts } from '@ringplus/accounts'
import { createClient, type RingPlusClient } from '@ringplus/transport'
import { deleteVoicemailMessage, listVoicemailMessages } from '@ringplus/voicemail'
import { sessionTokenStore } from './session-token-store'

/** A message as `listVoicemailMessages` returns it (the type lives in `@ringplus/models`). */
type VoicemailMessage = Awaited<ReturnType<typeof listVoicemailMessages>>[number]

/** What the dev/preview server tells the page (vite.config.ts). */
interface PageConfig {
  authorizeUrl: string
  tokenUrl: string
  apiUrl: string
  clientId: string
}

const PENDING_KEY = 'ringplus.pending'
const $ = (id: string) => document.getElementById(id)!

/** `7205550114` → `(720) 555-0114`. */
const phone = (n: string) => n.replace(/^\+?1?(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3')

function setStatus(text: string, error = false) {
  const status = $('status')
  status.textContent = text
  status.className = error ? 'error' : ''
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

function signInButton(auth: OAuthClient) {
  const button = el('button', { className: 'primary', textContent: 'Sign in with RingPlus', id: 'sign-in' })
  button.onclick = async () => {
    // PKCE verifier and state stay in this tab's sessionStorage until RingPlus redirects back.
    const { url, state, codeVerifier, redirectUri } = await auth.authorizationUrl()
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, codeVerifier, redirectUri }))
    location.assign(url)
  }
  return button
}

function messageItem(client: RingPlusClient, message: VoicemailMessage, onDeleted: () => void) {
  const remove = el('button', { textContent: 'Delete', className: 'delete' })
  remove.setAttribute('aria-label', `Delete message ${message.id}`)
  const item = el(
    'li',
    {},
    el(
      'div',
      { className: 'text' },
      el('div', { className: 'transcription' }, message.transcription),
      el(
        'div',
        { className: 'meta' },
        `${phone(message.caller_phone_number)} · ${message.received_on.toLocaleString()} · ${message.duration} s `,
        message.is_new ? el('span', { className: 'new' }, 'new') : '',
      ),
    ),
    remove,
  )
  item.dataset.id = String(message.id)
  remove.onclick = async () => {
    remove.disabled = true
    try {
      await deleteVoicemailMessage(client, { voicemail_message_id: message.id })
      item.remove()
      onDeleted()
    } catch (error) {
      remove.disabled = false
      setStatus(`Could not delete: ${(error as Error).message}`, true)
    }
  }
  return item
}

async function showVoicemail(auth: OAuthClient, config: PageConfig) {
  const client = createClient({ baseUrl: new URL(config.apiUrl, location.origin).href, auth })
  const [account] = await listAccounts(client, {})
  if (!account) return setStatus('This user has no lines.')
  const detail = await getAccount(client, { account_id: account.id })
  const messages = await listVoicemailMessages(client, { voicemail_box_id: detail.voicemail_box.id })
  let count = messages.pagination.totalCount ?? messages.length
  const summary = () => setStatus(`${account.name} · ${phone(account.phone_number)} · ${count} voicemail messages`)
  summary()
  const list = el('ul', { id: 'messages' })
  list.append(...messages.map((m) => messageItem(client, m, () => (count--, summary()))))
  const signOut = el('button', { textContent: 'Sign out', id: 'sign-out' })
  signOut.onclick = async () => {
    await auth.setToken(undefined)
    location.reload()
  }
  $('who').replaceChildren(signOut)
  $('app').replaceChildren(list)
}

async function start() {
  const config = (await (await fetch('/config.json')).json()) as PageConfig
  const auth = createOAuthClient({
    clientId: config.clientId,
    redirectUri: `${location.origin}/callback`,
    scopes: ['public', 'voicemail'],
    authorizeUrl: config.authorizeUrl,
    tokenUrl: new URL(config.tokenUrl, location.origin).href,
    store: sessionTokenStore('ringplus.token'),
  })
  if (location.pathname === '/callback') {
    // Take the code (or error) from the URL, then drop it from the address bar and history.
    const callbackUrl = location.href
    const pending = sessionStorage.getItem(PENDING_KEY)
    sessionStorage.removeItem(PENDING_KEY)
    history.replaceState(null, '', '/')
    if (!pending) throw new Error('No sign-in is pending in this tab: start again.')
    await auth.exchangeCode(callbackUrl, JSON.parse(pending))
  }
  if (await auth.getTokenSet()) return showVoicemail(auth, config)
  setStatus('Sign in to list your voicemail.')
  $('app').replaceChildren(signInButton(auth))
}

start().catch((error: Error) => setStatus(`${error.name}: ${error.message}`, true))
