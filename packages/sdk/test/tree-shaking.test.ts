// A browser bundle that imports only the voicemail listing from @ringplus/sdk carries no
// code of the other domains (nor the facade, auth or the proxy) and stays within 7.5 kB
// min+gzip, transport and validation included.
import { beforeAll, describe, expect, it } from 'vitest'
import { bundleFromSources } from '../../../tooling/test-utils/bundle-from-sources'
import { voicemailListingExcludes } from '../../../tooling/test-utils/voicemail-listing-excludes'

let code = ''
let gzipped = 0
beforeAll(async () => {
  ;({ code, gzipBytes: gzipped } = await bundleFromSources(
    [
      "import { createClient, listVoicemailMessages } from '@ringplus/sdk'",
      'export async function newest(token, voicemail_box_id) {',
      '  const client = createClient({ auth: token })',
      '  return listVoicemailMessages(client, { voicemail_box_id, only_new: true })',
      '}',
    ].join('\n'),
  ))
})

describe('tree-shaking through @ringplus/sdk', () => {
  it('keeps the voicemail listing', () => {
    expect(code).toContain('/voicemail_boxes/')
  })

  it.each([
    ...voicemailListingExcludes,
    'authorization_code', // auth
    'ProxyAgent', // the Node-only proxy
    'waitOnRateLimitNotify', // the facade
  ])('carries no code for %s', (needle) => {
    expect(code).not.toContain(needle)
  })

  it('stays within 7.5 kB min+gzip, transport and validation included', () => {
    console.log(`@ringplus/sdk { createClient, listVoicemailMessages }: ${code.length} B min, ${gzipped} B min+gzip`)
    expect(gzipped).toBeLessThanOrEqual(7500)
  })
})
