// Every non-2xx answer of the API as a throwable value, rendered by the error handler with
// the contract §3 bodies (status as a string).
import { STATUS_CODES } from 'node:http'

/** A field error inside a 422 body. */
export interface FieldError {
  code: string
  field?: string
  message?: string
}

/** An HTTP error response: status, JSON body and extra headers. */
export class ApiProblem extends Error {
  readonly status: number
  readonly body: unknown
  readonly headers: Record<string, string>

  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(`HTTP ${status}`)
    this.status = status
    this.body = body
    this.headers = headers
  }
}

/** `{"status":"<n>","error":"<reason>"[,"message":..]}`. */
export function statusBody(status: number, error?: string, message?: string): Record<string, string> {
  const body: Record<string, string> = { status: String(status), error: error ?? STATUS_CODES[status] ?? 'Error' }
  if (message !== undefined) body.message = message
  return body
}

/** 404 for a resource that is absent or not the caller's (no existence leak). */
export function notFound(): ApiProblem {
  return new ApiProblem(404, statusBody(404, 'Not Found'))
}

/** 400 for a missing or empty required parameter (Rails' `params.require`). */
export function missingParam(name: string): ApiProblem {
  return new ApiProblem(400, statusBody(400, 'Bad Request', `param is missing or the value is empty: ${name}`))
}

/** 400 with a message. */
export function badRequest(message: string): ApiProblem {
  return new ApiProblem(400, statusBody(400, 'Bad Request', message))
}

/** 422 with field errors. */
export function unprocessable(errors: FieldError[]): ApiProblem {
  return new ApiProblem(422, { errors })
}

/** The WWW-Authenticate challenge of contract §3. */
export function bearerChallenge(error: string, scope?: string): string {
  return `Bearer realm="RingPlus", error="${error}"` + (scope ? `, scope="${scope}"` : '')
}

/** 401 `invalid_token`. */
export function invalidToken(): ApiProblem {
  return new ApiProblem(401, statusBody(401, 'invalid_token', 'The access token is invalid'), {
    'www-authenticate': bearerChallenge('invalid_token'),
  })
}

/** 403 `insufficient_scope`. */
export function insufficientScope(scope: string): ApiProblem {
  return new ApiProblem(403, statusBody(403, 'insufficient_scope', `requires the ${scope} scope`), {
    'www-authenticate': bearerChallenge('insufficient_scope', scope),
  })
}

/** 429 with `Retry-After`. */
export function rateLimited(retryAfterSeconds: number): ApiProblem {
  return new ApiProblem(429, { errors: [{ code: 88, message: 'Rate limit exceeded' }] }, {
    'retry-after': String(retryAfterSeconds),
  })
}
