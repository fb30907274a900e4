// A browser bundle that imports only the voicemail listing (+ createClient) carries no code
// of the other domains and stays within its size budget (min+gzip, transport and
// validation included). Bundled with esbuild from the TypeScript sources, as an app's
// bundler would bundle the published ESM.
import { beforeAll, describe, expect, it } from 'vitest'
import { bundleFromSources } from '../../../tooling/test-utils/bundle-from-sources'
import { voicemailListingExcludes } from '../../../tooling/test-utils/voicemail-listing-excludes'

let code = ''
let gzipped = 0
beforeAll(async () => {
  ;({ code, gzipBytes: gzipped } = await bundleFromSources(
    [
      "import { listVoicemailMessages } from '@ringplus/voicemail'",
      "import { createClient } from '@ringplus/transport'",
      'export async function newest(token, voicemail_box_id) {',
      '  const client = createClient({ auth: token })',
      '  return listVoicemailMessages(client, { voicemail_box_id, only_new: true })',
      '}',
    ].join('\n'),
  ))
})

describe('tree-shaking', () => {
  it('keeps the voicemail listing', () => {
    expect(code).toContain('voicemail_messages')
    expect(code).toContain('/voicemail_boxes/')
  })

  it.each(voicemailListingExcludes)('carries no code for %s', (needle) => {
    expect(code).not.toContain(needle)
  })

  it('stays within 7.5 kB min+gzip, transport and validation included', () => {
    console.log(`listVoicemailMessages + createClient: ${code.length} B min, ${gzipped} B min+gzip`)
    expect(gzipped).toBeLessThanOrEqual(7500)
  })
})
