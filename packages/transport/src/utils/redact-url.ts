const secret = /pass|secret|token|key|signature|credential|verifier|assertion|^code$/i

/**
 * The URL with the values of secret-looking query parameters (`password`, `*_token`,
 * `client_secret`, `code`, `code_verifier`, ...) replaced by `[REDACTED]`, for messages
 * and logs (internal). Keys are matched decoded, so `user%5Bpassword%5D` is caught.
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&])([^=&#]+)=[^&#]*/g, (pair, separator: string, key: string) => {
    let name = key
    try {
      name = decodeURIComponent(key.replace(/\+/g, ' '))
    } catch {
      // A malformed escape: match the raw key.
    }
    return secret.test(name) ? `${separator}${key}=[REDACTED]` : pair
  })
}
