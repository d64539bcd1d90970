// The Content-Security-Policy of every page of the app: sent as a header by the app:// protocol
// and written into index.html at build so the web edition carries the same policy.
export const cspDirectives: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
}

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ')
