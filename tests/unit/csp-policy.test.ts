// The app's Content-Security-Policy stays strict: only its own origin, no inline or eval, no
// wildcard and no other host, anywhere it is sent.
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, cspDirectives } from '../../src/contract/csp'
import { responseHeaders } from '../../scripts/serve.mjs'

const directives = (policy: string) =>
  policy.split(';').map((d) => {
    const [name = '', ...sources] = d.trim().split(/\s+/)
    return { name, sources }
  })

describe('the Content-Security-Policy', () => {
  it.each([
    ['the app (app:// and the meta tag)', contentSecurityPolicy],
    ['the web edition server', responseHeaders(contentSecurityPolicy)['content-security-policy']!],
  ])('%s allows only the own origin, and data: images', (_where, policy) => {
    expect(policy).not.toMatch(/unsafe-/i)
    expect(policy).not.toContain('*')
    for (const { name, sources } of directives(policy)) {
      expect(sources.length, name).toBeGreaterThan(0)
      for (const source of sources) {
        const allowed = name === 'img-src' ? ["'self'", "'none'", 'data:'] : ["'self'", "'none'"]
        expect(allowed, `${name} ${source}`).toContain(source)
      }
      if (sources.includes("'none'")) expect(sources, name).toEqual(["'none'"])
    }
  })

  it('denies by default, and plugins, <base>, forms and framing explicitly', () => {
    expect(cspDirectives['default-src']).toBe("'none'")
    expect(cspDirectives['object-src']).toBe("'none'")
    expect(cspDirectives['base-uri']).toBe("'none'")
    expect(cspDirectives['form-action']).toBe("'none'")
    const served = directives(responseHeaders(contentSecurityPolicy)['content-security-policy']!)
    expect(served.find((d) => d.name === 'frame-ancestors')?.sources).toEqual(["'none'"])
  })

  it('is written once per directive, as the directives say', () => {
    const names = directives(contentSecurityPolicy).map((d) => d.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual(Object.keys(cspDirectives))
  })
})
