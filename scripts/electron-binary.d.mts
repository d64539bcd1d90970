export type ElectronBinary = { path: string } | { missing: string }

export function findElectronBinary(options?: {
  projectRoot?: string
  env?: Record<string, string | undefined>
  platform?: string
}): ElectronBinary
