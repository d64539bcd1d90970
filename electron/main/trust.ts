// Who may talk to the main process: the main frame of one of our windows, showing our origin.

/** scheme://host[:port] of a URL, lower-cased; null when it has no authority or carries credentials. */
export function originOf(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url)
  if (!match) return null
  const scheme = (match[1] ?? '').toLowerCase()
  const authority = match[2] ?? ''
  if (authority === '' || authority.includes('@') || authority.includes('\\')) return null
  if (scheme === 'http' || scheme === 'https') {
    try {
      return new URL(url).origin
    } catch {
      return null
    }
  }
  return `${scheme}://${authority.toLowerCase()}`
}

export function isTrustedSender(frameUrl: string | null | undefined, allowedOrigins: readonly string[]): boolean {
  if (!frameUrl) return false
  const origin = originOf(frameUrl)
  return origin !== null && allowedOrigins.includes(origin)
}

export interface SenderFacts {
  /** URL of event.senderFrame, or null when the frame is gone. */
  frameUrl: string | null
  /** The frame is its webContents' main frame. */
  mainFrame: boolean
  /** The webContents belongs to one of the app's windows. */
  ownWindow: boolean
}

export function acceptSender(facts: SenderFacts, allowedOrigins: readonly string[]): boolean {
  return facts.ownWindow && facts.mainFrame && isTrustedSender(facts.frameUrl, allowedOrigins)
}
