// The browser sample: a page in src/web built to dist/web. The dev and preview servers also
//  - answer GET /config.json with where the RingPlus host is and the public client id, and
//  - proxy /ringplus/* to the host, because the RingPlus API (like the sandbox) sends no CORS
//    headers: the token exchange and the API calls go through the page's own origin, while the
//    sign-in page is visited on the host itself.
// The host is RINGPLUS_API_URL (+ RINGPLUS_PUBLIC_CLIENT_ID, optional RINGPLUS_AUTH_URL); with
// neither set, an embedded sandbox is started in the server process.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import type * as SandboxModule from '@ringplus/sandbox'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'

/** What the page fetches from /config.json. */
interface PageConfig {
  /** The host's authorization endpoint (visited by the browser directly). */
  authorizeUrl: string
  /** The token endpoint, through the proxy (relative to the page). */
  tokenUrl: string
  /** The API base URL, through the proxy (relative to the page). */
  apiUrl: string
  /** The public client id (no secret; PKCE). */
  clientId: string
}

const PROXY_PREFIX = '/ringplus'
const SANDBOX_PACKAGE = '@ringplus/sandbox'

function ringplusHost(): Plugin {
  let config: PageConfig | undefined
  let stop: (() => Promise<void>) | undefined

  const serveConfig = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/config.json' || !config) return next()
    res.setHeader('content-type', 'application/json; charset=utf-8')
    res.setHeader('cache-control', 'no-store')
    res.end(JSON.stringify(config))
  }

  return {
    name: 'ringplus-host',
    async config(_userConfig, { command }) {
      if (command === 'build') return
      let apiUrl = process.env.RINGPLUS_API_URL
      let authUrl = process.env.RINGPLUS_AUTH_URL
      let clientId = process.env.RINGPLUS_PUBLIC_CLIENT_ID
      if (!apiUrl) {
        // Loaded only when serving without a host (the build never needs the sandbox).
        const { startSandbox } = (await import(SANDBOX_PACKAGE)) as typeof SandboxModule
        const sandbox = await startSandbox()
        stop = () => sandbox.stop()
        apiUrl = sandbox.url
        authUrl = sandbox.url
        clientId = sandbox.credentials.public_client_id
        const [user] = sandbox.credentials.users
        console.log(`\n  Embedded RingPlus sandbox at ${sandbox.url}`)
        if (user) console.log(`  Sign in as ${user.email} / ${user.password}\n`)
      }
      if (!clientId) throw new Error('RINGPLUS_PUBLIC_CLIENT_ID is not set: the browser sample needs a public client id')
      authUrl ??= apiUrl
      config = {
        authorizeUrl: `${authUrl.replace(/\/+$/, '')}/oauth/authorize`,
        tokenUrl: `${PROXY_PREFIX}/oauth/token`,
        apiUrl: PROXY_PREFIX,
        clientId,
      }
      const target = (url: string): ProxyOptions => ({
        target: url,
        changeOrigin: true,
        rewrite: (path) => path.slice(PROXY_PREFIX.length) || '/',
      })
      // The token endpoint may live on another host than the API (RingPlus: my. vs api.).
      const proxy: Record<string, ProxyOptions> = {
        [`${PROXY_PREFIX}/oauth/`]: target(authUrl),
        [`${PROXY_PREFIX}/`]: target(apiUrl),
      }
      return { server: { proxy }, preview: { proxy } }
    },
    configureServer(server) {
      server.middlewares.use(serveConfig)
      server.httpServer?.once('close', () => void stop?.())
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveConfig)
      server.httpServer.once('close', () => void stop?.())
    },
  }
}

// Absolute, so the config works from any working directory (the tests start it from the repo root).
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  root: here('./src/web'),
  base: '/',
  appType: 'spa',
  plugins: [ringplusHost()],
  // Loopback redirect URIs match on any port, so any free port works: 127.0.0.1, not localhost,
  // because the redirect URI the page sends is http://127.0.0.1:<port>/callback.
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
})
