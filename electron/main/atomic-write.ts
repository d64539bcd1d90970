// Replacing a file so that a crash or power loss leaves either the old or the new content:
// write a temp file in the same folder, flush it to disk, then rename it over the target.
import * as fsp from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

export type AtomicFs = Pick<typeof fsp, 'open' | 'rename' | 'unlink'>

export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, fs: AtomicFs = fsp): Promise<void> {
  const tmp = tempPathFor(file)
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fs.open(tmp, 'wx', 0o644)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await fs.rename(tmp, file)
  } catch (error) {
    await handle?.close().catch(() => {})
    await fs.unlink(tmp).catch(() => {})
    throw error
  }
  await syncFolder(dirname(file), fs)
}

/** Makes the rename itself durable where the platform allows it (not on Windows). */
async function syncFolder(dir: string, fs: AtomicFs): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r').catch(() => undefined)
  if (!handle) return
  await handle.sync().catch(() => {})
  await handle.close().catch(() => {})
}
