import { IdParamSchema, parseParams } from '@ringplus/models'
import type { RequestOptions, RingPlusClient } from '@ringplus/transport'
import * as v from 'valibot'
import type { CarrierRequest, CarrierRequestKind, CarrierRequestRef, CarrierRequestTypes } from './carrier-request-kind'
import { getAccountRegistrationRequest } from './get-account-registration-request'
import { getDeviceChangeRequest } from './get-device-change-request'
import { getPhoneNumberChangeRequest } from './get-phone-number-change-request'
import { RequestFailedError } from './request-failed-error'
import { WaitForRequestTimeoutError } from './wait-for-request-timeout-error'

/**
 * What {@link WaitForRequestOptions.onProgress} receives after each look-up.
 *
 * @example
 * ```ts
 * const onProgress = (state: WaitForRequestState) => console.log(state.attempt, state.request.completed)
 * ```
 * @public
 */
export interface WaitForRequestState<TKind extends CarrierRequestKind = CarrierRequestKind> {
  /** The kind of request waited for. */
  kind: TKind
  /** The request as just read. */
  request: CarrierRequestTypes[TKind]
  /** How many look-ups have answered so far, starting at 1. */
  attempt: number
  /** Milliseconds since waiting began. */
  elapsed: number
  /** Milliseconds until the next look-up; `undefined` when this state is the last one. */
  nextDelay: number | undefined
}

/**
 * Options of {@link waitForRequest}.
 *
 * @example
 * ```ts
 * const options: WaitForRequestOptions = { timeout: 60_000, interval: 500, onProgress: (s) => console.log(s.attempt) }
 * ```
 * @public
 */
export interface WaitForRequestOptions<TKind extends CarrierRequestKind = CarrierRequestKind> {
  /**
   * Give up after this many milliseconds with a {@link WaitForRequestTimeoutError}
   * (`Infinity`: wait as long as it takes).
   * @defaultValue `300_000` (5 minutes)
   */
  timeout?: number | undefined
  /** Stops waiting: the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined
  /** Milliseconds before the second look-up (the first is immediate). @defaultValue `1000` */
  interval?: number | undefined
  /** Each further wait is the previous one times this factor (`1`: a fixed interval). @defaultValue `1.5` */
  backoff?: number | undefined
  /** The longest wait between two look-ups, in milliseconds. @defaultValue `15_000` */
  maxInterval?: number | undefined
  /** Called after every look-up with the request's state, including the last one. */
  onProgress?: ((state: WaitForRequestState<TKind>) => void) | undefined
  /** Extra headers for every look-up. */
  headers?: Record<string, string> | undefined
}

type StatusGetter = (
  client: RingPlusClient,
  params: { request_id: number },
  options?: RequestOptions,
) => Promise<CarrierRequest>

const STATUS_GETTERS: Record<CarrierRequestKind, StatusGetter> = {
  account_registration: getAccountRegistrationRequest,
  device_change: getDeviceChangeRequest,
  phone_number_change: getPhoneNumberChangeRequest,
}

const MILLISECONDS = 'expected a number of milliseconds ≥ 0'
const FACTOR = 'expected a number ≥ 1'

/** Internal: the schema of the request reference (extra fields of a spread request are ignored). */
export const CarrierRequestRefSchema = /* @__PURE__ */ v.object(
  {
    kind: /* @__PURE__ */ v.picklist(
      ['account_registration', 'device_change', 'phone_number_change'],
      'expected "account_registration", "device_change" or "phone_number_change"',
    ),
    id: IdParamSchema,
  },
  (issue) => (issue.expected === 'Object' ? 'expected { kind, id }' : 'is required'),
)

/** A finite number ≥ `min`, with a default. */
/* @__NO_SIDE_EFFECTS__ */
function finiteAtLeast(min: number, message: string, fallback: number) {
  return v.optional(
    v.pipe(
      v.number(message),
      v.check((input) => Number.isFinite(input) && input >= min, message),
    ),
    fallback,
  )
}

/** Internal: the numeric options of {@link waitForRequest} (a loose object: `signal` and `onProgress` pass through). */
export const WaitForRequestOptionsSchema = /* @__PURE__ */ v.object({
  timeout: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number('expected a number of milliseconds > 0 (or Infinity)'),
      /* @__PURE__ */ v.check((input) => input > 0, 'expected a number of milliseconds > 0 (or Infinity)'),
    ),
    300_000,
  ),
  interval: /* @__PURE__ */ finiteAtLeast(0, MILLISECONDS, 1000),
  backoff: /* @__PURE__ */ finiteAtLeast(1, FACTOR, 1.5),
  maxInterval: /* @__PURE__ */ finiteAtLeast(0, MILLISECONDS, 15_000),
})

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Waits for a carrier request to finish by polling its status endpoint with backoff:
 * resolves with the completed request, or rejects with a {@link RequestFailedError}
 * (carrying `error_message` and the request) when it completed unsuccessfully.
 *
 * @remarks
 * The kind picks the endpoint: `"account_registration"` →
 * `GET /account_registration_requests/{id}`, `"device_change"` →
 * `GET /device_change_requests/{id}`, `"phone_number_change"` →
 * `GET /phone_number_change_requests/{id}`. The first look-up is immediate; the next
 * follow after `interval`, growing by `backoff` up to `maxInterval`. After `timeout` it
 * rejects with a {@link WaitForRequestTimeoutError} (the request goes on at the carrier);
 * aborting `signal` rejects with the signal's reason. Errors of a look-up (401, 404,
 * network, ...) reject as they are, after the client's own retries.
 *
 * @param client - The client from `createClient`.
 * @param request - The request's kind and id, e.g. `{ kind: 'device_change', id: request.id }`.
 * @param options - Timeout, signal, polling interval and backoff, progress callback.
 * @returns The completed, successful request.
 *
 * @example
 * ```ts
 * const request = await changeDevice(client, { account_id: 1234, device_esn: 'A1B2C3D4' })
 * const done = await waitForRequest(client, { kind: 'device_change', id: request.id }, {
 *   onProgress: ({ attempt }) => console.log(`still waiting (look-up ${attempt})`),
 * })
 * ```
 * @public
 */
export async function waitForRequest<TKind extends CarrierRequestKind>(
  client: RingPlusClient,
  request: CarrierRequestRef<TKind>,
  options: WaitForRequestOptions<TKind> = {},
): Promise<CarrierRequestTypes[TKind]> {
  const { kind, id } = parseParams(CarrierRequestRefSchema, request, 'waitForRequest')
  const { timeout, interval, backoff, maxInterval } = parseParams(WaitForRequestOptionsSchema, options, 'waitForRequest')
  const { signal, onProgress, headers } = options
  signal?.throwIfAborted()

  const getStatus = STATUS_GETTERS[kind]
  const started = Date.now()
  const controller = new AbortController()
  let last: CarrierRequest | undefined
  const onAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer = Number.isFinite(timeout)
    ? setTimeout(() => controller.abort(new WaitForRequestTimeoutError(kind, id, timeout, last)), timeout)
    : undefined

  try {
    let delay = interval
    for (let attempt = 1; ; attempt++) {
      const current = await getStatus(client, { request_id: id }, { signal: controller.signal, headers })
      last = current
      const nextDelay = current.completed ? undefined : delay
      onProgress?.({
        kind: kind as TKind,
        request: current as CarrierRequestTypes[TKind],
        attempt,
        elapsed: Date.now() - started,
        nextDelay,
      })
      if (current.completed) {
        if (current.successful) return current as CarrierRequestTypes[TKind]
        throw new RequestFailedError(kind, current)
      }
      await sleep(delay, controller.signal)
      delay = Math.min(delay * backoff, maxInterval)
    }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}
