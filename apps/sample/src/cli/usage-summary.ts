// A usage summary (call minutes, texts, data MB, cost) over a time window, built by walking every
// page of calls, texts and data with auto-pagination, with a progress bar per line.
import type { Account, RingPlus } from '@ringplus/sdk'
import { createProgress } from './format/progress'
import type { Terminal } from './format/terminal'
import { formatInteger, formatPhoneNumber } from './format/values'

/** One line's usage in the window. */
export interface AccountUsage {
  account_id: number
  phone_number: string
  calls: number
  call_minutes: number
  texts: number
  data_mb: number
  cost: number
}

/** The usage of every line in the window, and the totals. */
export interface UsageSummary {
  from: Date
  to: Date
  accounts: AccountUsage[]
  totals: Omit<AccountUsage, 'account_id' | 'phone_number'>
  /** How many records were read, and in how many pages. */
  records: number
  pages: number
}

const PER_PAGE = 100
const round1 = (n: number) => Math.round(n * 10) / 10
const round2 = (n: number) => Math.round(n * 100) / 100

/** Walks pages of `iterator`, reporting each to `onPage`. */
async function walk<T>(pages: AsyncIterable<T[] & { pagination: { totalCount?: number | undefined } }>, onPage: (page: T[], totalCount: number | undefined) => void) {
  for await (const page of pages) onPage(page, page.pagination.totalCount)
}

/** Sums one line's calls, texts and data between `from` and `to`. */
async function summarizeAccount(
  api: RingPlus,
  account: Account,
  window: { from: Date; to: Date },
  terminal: Terminal,
  counters: { records: number; pages: number },
): Promise<AccountUsage> {
  const params = { account_id: account.id, start_date: window.from, end_date: window.to }
  const options = { perPage: PER_PAGE }
  const usage: AccountUsage = {
    account_id: account.id,
    phone_number: account.phone_number,
    calls: 0,
    call_minutes: 0,
    texts: 0,
    data_mb: 0,
    cost: 0,
  }
  let callSeconds = 0
  let kilobytes = 0
  // The three lists walk side by side; the bar's total is the sum of their X-Total-Count
  // figures, known once each list's first page has arrived.
  const totals = { calls: undefined as number | undefined, texts: undefined as number | undefined, data: undefined as number | undefined }
  let done = 0
  const progress = createProgress(terminal, `#${account.id} ${formatPhoneNumber(account.phone_number)}`)
  const report = () => {
    const known = Object.values(totals)
    const total = known.every((n) => n !== undefined) ? known.reduce<number>((a, b) => a + (b ?? 0), 0) : undefined
    progress.update(done, total, 'records')
  }
  const onPage = (kind: keyof typeof totals) => (page: unknown[], totalCount: number | undefined) => {
    totals[kind] ??= totalCount ?? 0
    done += page.length
    counters.records += page.length
    counters.pages += 1
    report()
  }
  await Promise.all([
    walk(api.paginate(api.calls, params, options).pages(), (page, total) => {
      for (const call of page) {
        usage.calls += 1
        callSeconds += call.duration
        usage.cost += call.cost
      }
      onPage('calls')(page, total)
    }),
    walk(api.paginate(api.texts, params, options).pages(), (page, total) => {
      for (const text of page) {
        usage.texts += 1
        usage.cost += text.cost
      }
      onPage('texts')(page, total)
    }),
    walk(api.paginate(api.data, params, options).pages(), (page, total) => {
      for (const record of page) {
        kilobytes += record.kilobytes
        usage.cost += record.cost
      }
      onPage('data')(page, total)
    }),
  ])
  usage.call_minutes = round1(callSeconds / 60)
  usage.data_mb = round1(kilobytes / 1024)
  usage.cost = round2(usage.cost)
  progress.finish(`${formatInteger(done)} records read`)
  return usage
}

/** Sums the usage of `accounts` between `from` and `to`, one line after the other. */
export async function summarizeUsage(
  api: RingPlus,
  accounts: readonly Account[],
  window: { from: Date; to: Date },
  terminal: Terminal,
): Promise<UsageSummary> {
  const counters = { records: 0, pages: 0 }
  const perAccount: AccountUsage[] = []
  for (const account of accounts) perAccount.push(await summarizeAccount(api, account, window, terminal, counters))
  const totals = perAccount.reduce(
    (sum, a) => ({
      calls: sum.calls + a.calls,
      call_minutes: round1(sum.call_minutes + a.call_minutes),
      texts: sum.texts + a.texts,
      data_mb: round1(sum.data_mb + a.data_mb),
      cost: round2(sum.cost + a.cost),
    }),
    { calls: 0, call_minutes: 0, texts: 0, data_mb: 0, cost: 0 },
  )
  return { from: window.from, to: window.to, accounts: perAccount, totals, ...counters }
}
