// The browser sample in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): the built page served by `vite preview`, the OAuth redirect flow with PKCE
// against the sandbox as a public client, voicemail listed, one message deleted, still gone after
// a reload. Saves the screenshot the README shows.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { startSandbox, type Sandbox } from '@ringplus/sandbox'
import { chromium, type Browser, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt } from './helpers/build'
import { root } from './helpers/workspace'

const APP = join(root, 'apps/sample')
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
const BUDGET_BYTES = 12 * 1000 // size-limit's "12 kB"

let sandbox: Sandbox
let server: PreviewServer
let browser: Browser
let appUrl: string
const savedEnv = { ...process.env }

beforeAll(async () => {
  await ensureBuilt()
  sandbox = await startSandbox({ processingDelayMs: 0 })
  // What the preview server tells the page (vite.config.ts reads these).
  process.env.RINGPLUS_API_URL = sandbox.url
  process.env.RINGPLUS_PUBLIC_CLIENT_ID = sandbox.credentials.public_client_id
  delete process.env.RINGPLUS_AUTH_URL
  server = await preview({
    configFile: join(APP, 'vite.config.ts'),
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('the preview server has no port')
  appUrl = `http://127.0.0.1:${address.port}`
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 })
}, 10 * 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await sandbox?.stop()
  process.env = savedEnv
})

/** The ids of the messages the page lists. */
const listedIds = (page: Page) => page.locator('#messages li').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.id)))

describe('browser sample', () => {
  it('signs in with the redirect flow (PKCE), lists voicemail, deletes a message that stays gone', async () => {
    const alice = sandbox.credentials.users.find((u) => u.account_ids.length > 0)!
    const context = await browser.newContext({ viewport: { width: 960, height: 720 } })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    try {
      await page.goto(`${appUrl}/`)
      await page.locator('#sign-in').click()

      // The sandbox's own sign-in page, on the sandbox's origin.
      await page.waitForURL((url) => url.origin === sandbox.url && url.pathname === '/oauth/authorize')
      const authorize = new URL(page.url())
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256')
      expect(authorize.searchParams.get('client_id')).toBe(sandbox.credentials.public_client_id)
      expect(authorize.searchParams.get('redirect_uri')).toBe(`${appUrl}/callback`)
      expect(authorize.searchParams.get('state')).toBeTruthy()
      await page.fill('input[name="user[email]"]', alice.email)
      await page.fill('input[name="user[password]"]', alice.password)
      await page.click('input[name="commit"]')

      // Back on the app: the code exchanged (through the page's origin), the URL cleaned up.
      await page.waitForURL(`${appUrl}/`)
      await page.locator('#messages li').first().waitFor({ timeout: 30_000 })
      expect(page.url()).not.toContain('code=')
      const before = await listedIds(page)
      expect(before.length).toBeGreaterThan(0)
      await expect.poll(() => page.locator('#status').textContent()).toMatch(/\d+ voicemail messages/)

      // The README's screenshot: written when missing, or refreshed with RINGPLUS_UPDATE_DOCS=1
      // (every run would otherwise change the committed image: the sandbox's dates move).
      const shotDir = mkdtempSync(join(tmpdir(), 'ringplus-shot-'))
      const shot = join(shotDir, 'browser-sample.png')
      await page.screenshot({ path: shot, fullPage: false })
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG')
      const docsShot = join(APP, 'docs/browser-sample.png')
      if (!existsSync(docsShot) || process.env.RINGPLUS_UPDATE_DOCS === '1') {
        mkdirSync(join(APP, 'docs'), { recursive: true })
        copyFileSync(shot, docsShot)
      }
      rmSync(shotDir, { recursive: true, force: true })

      const victim = before[0]!
      await page.locator(`#messages li[data-id="${victim}"] button.delete`).click()
      await page.locator(`#messages li[data-id="${victim}"]`).waitFor({ state: 'detached' })

      // Still gone after a reload (the token survives in sessionStorage; the list comes from the API).
      await page.reload()
      await page.locator('#messages li').first().waitFor({ timeout: 30_000 })
      const after = await listedIds(page)
      expect(after).not.toContain(victim)
      expect(after).toEqual(expect.arrayContaining(before.slice(1, Math.min(before.length, 10))))

      // And gone at the API.
      const { access_token } = sandbox.issueToken({ email: alice.email, scope: 'public voicemail' })
      const response = await fetch(`${sandbox.url}/voicemail_messages/${victim}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${access_token}` },
      })
      expect(response.status).toBe(404)
      expect(pageErrors).toEqual([])
    } finally {
      await context.close()
    }
  }, 120_000)

  it(`ships at most 12 kB of JavaScript (min+gzip), as .size-limit.json enforces`, () => {
    const assets = join(APP, 'dist/web/assets')
    const files = readdirSync(assets).filter((file) => file.endsWith('.js'))
    expect(files.length).toBeGreaterThan(0)
    const total = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0)
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES)
    const limits = JSON.parse(readFileSync(join(APP, '.size-limit.json'), 'utf8')) as { path: string; gzip: boolean; limit: string }[]
    expect(limits).toEqual([expect.objectContaining({ path: 'dist/web/assets/*.js', gzip: true, limit: '12 kB' })])
  })
})
