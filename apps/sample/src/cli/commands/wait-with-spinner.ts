// Waits for a carrier request with a spinner (TTY) or status lines.
import type { RingPlus } from '@ringplus/sdk'
import { createSpinner } from '../format/spinner'
import type { Terminal } from '../format/terminal'

type Kind = 'device_change' | 'phone_number_change'
const LABEL: Record<Kind, string> = { device_change: 'device change', phone_number_change: 'phone number change' }

/** Polls the request until it completes; a failed request rejects with the SDK's `RequestFailedError`. */
export async function waitWithSpinner<K extends Kind>(api: RingPlus, terminal: Terminal, kind: K, id: number, timeoutMs = 300_000) {
  const spinner = createSpinner(terminal, `Waiting for ${LABEL[kind]} #${id}…`)
  const started = Date.now()
  try {
    const request = await api.waitForRequest(
      { kind, id },
      {
        timeout: timeoutMs,
        interval: 500,
        onProgress: (state) => {
          if (!state.request.completed) {
            spinner.update(`Waiting for ${LABEL[kind]} #${id}… still processing`)
          }
        },
      },
    )
    spinner.succeed(`${LABEL[kind][0]!.toUpperCase()}${LABEL[kind].slice(1)} #${id} completed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return request
  } catch (error) {
    spinner.fail(`${LABEL[kind][0]!.toUpperCase()}${LABEL[kind].slice(1)} #${id} did not complete`)
    throw error
  }
}
