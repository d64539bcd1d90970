export interface Served {
  url: string
  close(): Promise<void>
}

export const programmePath: string
export function serve(options: {
  root: string
  port?: number
  host?: string
  /** The text of the programme served as programme.json; null serves "null"; absent: no such file. */
  programme?: string | null
  /** A report pack's folder whose files answer for content/…; absent: the built renderer's. */
  report?: string
}): Promise<Served>
export function metaPolicy(html: string): string | null
export function responseHeaders(policy: string): Record<string, string>
export function allowedHosts(host: string, port: number): Set<string>
export function outRenderer(projectRoot?: string): string
export function stopOnSignals(server: Served): void
