const beforeSending = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT)$/

/**
 * Whether a failed fetch never got a connection, so the request cannot have reached the
 * server (internal). Reads undici's `cause.code` (and an `AggregateError`'s members); in a
 * browser the cause is opaque and this is always `false`.
 */
export function isConnectFailure(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | undefined)?.cause
  const codes = cause?.errors?.length ? cause.errors.map((e) => e?.code) : [cause?.code]
  return codes.every((code) => beforeSending.test(String(code)))
}
