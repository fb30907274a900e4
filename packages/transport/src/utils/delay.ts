/**
 * Resolves after `ms` milliseconds; rejects with the signal's reason as soon as it aborts (internal).
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.min(ms, 2_147_483_647),
    )
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
