export { createProxyFetch } from './proxy/create-proxy-fetch'
