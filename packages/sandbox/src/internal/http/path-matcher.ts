/** Compiles a path filter: an exact path, a `{name}` template, or a RegExp. */
export function compilePath(pattern: string | RegExp | undefined): (path: string) => boolean {
  if (pattern === undefined) return () => true
  if (pattern instanceof RegExp) {
    const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
    return (path) => re.test(path)
  }
  if (!pattern.includes('{')) return (path) => path === pattern
  const source = pattern
    .split(/(\{[^}/]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  const re = new RegExp(`^${source}$`)
  return (path) => re.test(path)
}

/** The path of a raw request URL, without its query string. */
export function pathOf(rawUrl: string): string {
  const q = rawUrl.indexOf('?')
  return q < 0 ? rawUrl : rawUrl.slice(0, q)
}
