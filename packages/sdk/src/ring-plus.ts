import {
  getAccount,
  getUser,
  listAccounts,
  listEnforcedCarrierServices,
  listUserAccounts,
  listUsers,
  updateAccount,
  updateUser,
} from '@ringplus/accounts'
import { listFluidCallCredentials } from '@ringplus/fluidcall'
import {
  changeDevice,
  changePhoneNumber,
  getAccountRegistrationRequest,
  getDeviceChangeRequest,
  getPhoneNumberChangeRequest,
  registerAccount,
  waitForRequest,
  type CarrierRequestKind,
  type CarrierRequestRef,
  type CarrierRequestTypes,
  type WaitForRequestOptions,
} from '@ringplus/requests'
import {
  createClient,
  paginate,
  type AuthProvider,
  type ClientOptions,
  type Page,
  type Paginated,
  type PaginateOptions,
  type RequestOptions,
  type RingPlusClient,
} from '@ringplus/transport'
import { listPhoneCalls, listPhoneData, listPhoneTexts } from '@ringplus/usage'
import { deleteVoicemailMessage, listVoicemailMessages } from '@ringplus/voicemail'
import type { RingPlusOptions } from './ring-plus-options'

/**
 * A domain operation with its client argument bound: the type of every facade method.
 * @example
 * ```ts
 * const calls: Bound<typeof listPhoneCalls> = api.calls
 * ```
 * @public
 */
export type Bound<TOperation> = TOperation extends (client: RingPlusClient, ...args: infer TArgs) => infer TResult
  ? (...args: TArgs) => TResult
  : never

/**
 * A facade list method, as {@link RingPlus.paginate} takes it.
 * @example
 * ```ts
 * const method: BoundListMethod<ListUsageParams, PhoneCall> = api.calls
 * ```
 * @public
 */
export type BoundListMethod<TParams, TItem> = (params: TParams, options?: RequestOptions) => Promise<Page<TItem>>

type ProxyFetch = NonNullable<ClientOptions['fetch']>

function baseUrlOf(host: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host.replace(/\/+$/, '') : `https://${host.replace(/\/+$/, '')}`
}

function lazyProxyFetch(proxy: string): ProxyFetch {
  let loaded: Promise<ProxyFetch> | undefined
  return async (url, init) => {
    loaded ??= import('@ringplus/transport/proxy').then(({ createProxyFetch }) => createProxyFetch(proxy))
    return (await loaded)(url, init)
  }
}

function toClientOptions(auth: AuthProvider | string | undefined, options: RingPlusOptions): ClientOptions {
  const { host, version, proxy, waitOnRateLimitNotify, ...rest } = options
  const notify =
    typeof waitOnRateLimitNotify === 'function'
      ? waitOnRateLimitNotify
      : waitOnRateLimitNotify
        ? // eslint-disable-next-line no-console -- the Python wrapper printed this notification; opt-in
          () => console.warn('RingPlus rate limit reached; waiting for the window to reset')
        : undefined
  return {
    ...rest,
    auth,
    baseUrl: host === undefined ? undefined : baseUrlOf(host),
    version: version === undefined ? undefined : Number(version),
    fetch: proxy ? lazyProxyFetch(proxy) : rest.fetch,
    onRateLimit: notify,
  }
}

/**
 * The whole RingPlus API on one object, with the Python wrapper's method names in
 * camelCase. Every method is the domain package's operation with this facade's client
 * bound: `api.getAccount(params)` is `getAccount(api.client, params)`.
 *
 * @remarks
 * For the smallest browser bundles import the operations themselves (from
 * `@ringplus/sdk/voicemail` or `@ringplus/voicemail`); the facade carries every domain.
 *
 * @example
 * ```ts
 * const api = new RingPlus(auth)
 * const [first] = await api.accounts()
 * const account = await api.getAccount({ account_id: first!.id })
 * const voicemail = await api.voicemail({ voicemail_box_id: account.voicemail_box.id })
 * for (const msg of voicemail.slice(0, 3)) console.log(msg.transcription)
 * ```
 * @public
 */
export class RingPlus {
  /** The transport client every method uses; pass it to any standalone operation too. */
  readonly client: RingPlusClient

  /**
   * @param auth - An `AuthProvider` (the OAuth client from `createOAuthClient`) or a static access token.
   * @param options - The Python constructor's options in camelCase.
   */
  constructor(auth?: AuthProvider | string, options: RingPlusOptions = {}) {
    const client = createClient(toClientOptions(auth, options))
    this.client = client
    this.accounts = listAccounts.bind(null, client)
    this.userAccounts = listUserAccounts.bind(null, client)
    this.getAccount = getAccount.bind(null, client)
    this.updateAccount = updateAccount.bind(null, client)
    this.users = listUsers.bind(null, client)
    this.getUser = getUser.bind(null, client)
    this.updateUser = updateUser.bind(null, client)
    this.calls = listPhoneCalls.bind(null, client)
    this.texts = listPhoneTexts.bind(null, client)
    this.data = listPhoneData.bind(null, client)
    this.voicemail = listVoicemailMessages.bind(null, client)
    this.deleteVoicemail = deleteVoicemailMessage.bind(null, client)
    this.registerAccount = registerAccount.bind(null, client)
    this.registerAccountStatus = getAccountRegistrationRequest.bind(null, client)
    this.changeDevice = changeDevice.bind(null, client)
    this.changeDeviceStatus = getDeviceChangeRequest.bind(null, client)
    this.changePhoneNumber = changePhoneNumber.bind(null, client)
    this.changePhoneNumberStatus = getPhoneNumberChangeRequest.bind(null, client)
    this.enforcedCarrierServices = listEnforcedCarrierServices.bind(null, client)
    this.fluidCallCredentials = listFluidCallCredentials.bind(null, client)
  }

  /** `GET /accounts` — the accounts the user can see (filters: name, email_address, phone_number, device_esn, device_iccid). */
  readonly accounts: Bound<typeof listAccounts>
  /** `GET /users/{user_id}/accounts` — one user's accounts. */
  readonly userAccounts: Bound<typeof listUserAccounts>
  /** `GET /accounts/{account_id}` — the detailed account (services, device, voicemail box, subscriptions). */
  readonly getAccount: Bound<typeof getAccount>
  /** `PUT /accounts/{account_id}` — renames an account (scope `manage`). */
  readonly updateAccount: Bound<typeof updateAccount>
  /** `GET /users` — the users the caller can see (filter: email_address). */
  readonly users: Bound<typeof listUsers>
  /** `GET /users/{user_id}` — one user. */
  readonly getUser: Bound<typeof getUser>
  /** `PUT /users/{user_id}` — changes a user's e-mail or password (scope `manage`). */
  readonly updateUser: Bound<typeof updateUser>
  /** `GET /accounts/{account_id}/phone_calls` — call records, newest first. */
  readonly calls: Bound<typeof listPhoneCalls>
  /** `GET /accounts/{account_id}/phone_texts` — text records, newest first. */
  readonly texts: Bound<typeof listPhoneTexts>
  /** `GET /accounts/{account_id}/phone_data` — data records, newest first. */
  readonly data: Bound<typeof listPhoneData>
  /** `GET /voicemail_boxes/{voicemail_box_id}/voicemail_messages` — voicemail (scope `voicemail`). */
  readonly voicemail: Bound<typeof listVoicemailMessages>
  /** `DELETE /voicemail_messages/{voicemail_message_id}` (scope `voicemail`). */
  readonly deleteVoicemail: Bound<typeof deleteVoicemailMessage>
  /** `POST /users/{user_id}/account_registration_requests` — files a new line (scope `request`). */
  readonly registerAccount: Bound<typeof registerAccount>
  /** `GET /account_registration_requests/{request_id}`. */
  readonly registerAccountStatus: Bound<typeof getAccountRegistrationRequest>
  /** `POST /accounts/{account_id}/device_change_requests` — files a device change (scope `request`). */
  readonly changeDevice: Bound<typeof changeDevice>
  /** `GET /device_change_requests/{request_id}`. */
  readonly changeDeviceStatus: Bound<typeof getDeviceChangeRequest>
  /** `POST /accounts/{account_id}/phone_number_change_requests` — files a number change (scope `request`). */
  readonly changePhoneNumber: Bound<typeof changePhoneNumber>
  /** `GET /phone_number_change_requests/{request_id}`. */
  readonly changePhoneNumberStatus: Bound<typeof getPhoneNumberChangeRequest>
  /** `GET /accounts/{account_id}/enforced_carrier_services`. */
  readonly enforcedCarrierServices: Bound<typeof listEnforcedCarrierServices>
  /** `GET /accounts/{account_id}/fluidcall_credentials` — passwords readable, redacted in logs. */
  readonly fluidCallCredentials: Bound<typeof listFluidCallCredentials>


  /**
   * Every item of a list method across its pages, as an async iterable (`.pages()` for
   * whole pages): `paginate` from `@ringplus/transport` applied to a facade method.
   *
   * @example
   * ```ts
   * for await (const call of api.paginate(api.calls, { account_id: 12 }, { maxItems: 500 })) total += call.duration
   * ```
   */
  paginate<TParams extends { page?: number | undefined; per_page?: number | undefined }, TItem>(
    method: BoundListMethod<TParams, TItem>,
    params: TParams,
    options?: PaginateOptions,
  ): Paginated<TItem> {
    return paginate(this.client, (_client, pageParams: TParams, requestOptions) => method(pageParams, requestOptions), params, options)
  }

  /**
   * Polls a carrier request until it completes: `waitForRequest` from `@ringplus/requests`
   * with this facade's client.
   *
   * @example
   * ```ts
   * const filed = await api.changeDevice({ account_id: 12, device_esn: 'A1B2C3D4' })
   * const done = await api.waitForRequest({ kind: 'device_change', id: filed.id })
   * ```
   */
  waitForRequest<TKind extends CarrierRequestKind>(
    request: CarrierRequestRef<TKind>,
    options?: WaitForRequestOptions<TKind>,
  ): Promise<CarrierRequestTypes[TKind]> {
    return waitForRequest(this.client, request, options)
  }
}

/**
 * The Python wrapper's name for {@link RingPlus}.
 * @example
 * ```ts
 * const api = new API(auth)
 * ```
 * @public
 */
export const API = RingPlus
/**
 * The Python wrapper's name for {@link RingPlus}.
 * @example
 * ```ts
 * const api: API = new API(auth)
 * const [first] = await api.accounts()
 * ```
 * @public
 */
export type API = RingPlus
