export interface Served {
  url: string
  close(): Promise<void>
}

export function serve(options: { root: string; port?: number; host?: string }): Promise<Served>
export function outRenderer(projectRoot?: string): string
export function stopOnSignals(server: Served): void
