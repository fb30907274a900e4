// The sign-in, consent and error pages. Every <input> carries a name (the Python client
// posts all of a form's inputs back), and every interpolated value is HTML-escaped.

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;color:#1d2733;margin:0}
main{max-width:26rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin-top:0}label{display:block;margin:.8rem 0 .2rem}
input[type=email],input[type=password]{width:100%;padding:.5rem;box-sizing:border-box}
input[type=submit]{margin-top:1rem;padding:.5rem 1.2rem}.error{color:#b00020}.forms{display:flex;gap:1rem}
ul{padding-left:1.2rem}`

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | RingPlus</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`
}

/** The sign-in page. `action` is the URL the page was served at. */
export function signInPage(options: { action: string; csrf: string; appName: string; email?: string; error?: string }): string {
  return layout(
    'Sign in',
    `<h1>Sign in to RingPlus</h1>
<p>to continue to <strong>${escapeHtml(options.appName)}</strong></p>
${options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : ''}
<form method="post" action="${escapeHtml(options.action)}" accept-charset="UTF-8" id="new_user">
${hidden('utf8', '✓')}
${hidden('authenticity_token', options.csrf)}
<label for="user_email">Email</label>
<input type="email" name="user[email]" id="user_email" value="${escapeHtml(options.email ?? '')}" autocomplete="email" autofocus>
<label for="user_password">Password</label>
<input type="password" name="user[password]" id="user_password" value="" autocomplete="current-password">
<input type="submit" name="commit" value="Sign in">
</form>`,
  )
}

const SCOPE_TEXT: Record<string, string> = {
  public: 'Read your account, usage and carrier-request details',
  manage: 'Update your account and user details',
  voicemail: 'Read and delete your voicemail',
  request: 'File carrier requests: change device, change number, register lines',
}

/** The consent page: an Authorize form and a Deny form, both posting to `action`. */
export function consentPage(options: {
  action: string
  csrf: string
  appName: string
  email: string
  scopes: string[]
  fields: Record<string, string>
}): string {
  const fields = Object.entries(options.fields)
    .map(([name, value]) => hidden(name, value))
    .join('\n')
  const form = (decision: 'allow' | 'deny', label: string) => `<form method="post" action="${escapeHtml(options.action)}" accept-charset="UTF-8">
${hidden('utf8', '✓')}
${hidden('authenticity_token', options.csrf)}
${fields}
${hidden('decision', decision)}
<input type="submit" name="commit" value="${label}">
</form>`
  return layout(
    'Authorize application',
    `<h1>Authorize ${escapeHtml(options.appName)}?</h1>
<p>Signed in as <strong>${escapeHtml(options.email)}</strong>. <strong>${escapeHtml(options.appName)}</strong> asks to:</p>
<ul>
${options.scopes.map((s) => `<li>${escapeHtml(SCOPE_TEXT[s] ?? s)} (<code>${escapeHtml(s)}</code>)</li>`).join('\n')}
</ul>
<div class="forms">
${form('allow', 'Authorize')}
${form('deny', 'Deny')}
</div>`,
  )
}

/** An error page (no redirect: the client or its redirect URI cannot be trusted). */
export function errorPage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`)
}
