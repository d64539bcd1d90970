// Where an export may write, and how: a probe before any rendering, and writes that leave either
// the old file or the new one. The file system is passed in, so the scripts can track temp files.
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { tempPathFor, writeFileAtomic, type AtomicFs } from '../atomic-write'

export type ExportFs = AtomicFs & Pick<typeof fsp, 'stat' | 'mkdtemp' | 'rm' | 'writeFile'>

export const nodeFs: ExportFs = fsp

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message

/** Fails, with a message naming the folder, when no file can be created in `dir`. */
export async function probeFolder(dir: string, fs: ExportFs = nodeFs): Promise<void> {
  const info = await fs.stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new Error(`the folder ${dir} does not exist`)
    throw new Error(`cannot use the folder ${dir} (${code(error)})`)
  })
  if (!info.isDirectory()) throw new Error(`${dir} is not a folder`)
  const probe = tempPathFor(join(dir, 'probe'))
  try {
    const handle = await fs.open(probe, 'wx', 0o644)
    await handle.close()
  } catch (error) {
    throw new Error(`cannot write to the folder ${dir} (${code(error)})`, { cause: error })
  }
  await fs.unlink(probe).catch(() => {})
}

/** Fails unless `file` is free for a file (absent, or a file that will be replaced). */
export async function expectFileName(file: string, fs: ExportFs = nodeFs): Promise<void> {
  const info = await fs.stat(file).catch(() => undefined)
  if (info?.isDirectory()) throw new Error(`${file} is a folder; expected a file name such as briefing.pdf`)
}

/** writeFileAtomic with a message naming the file. */
export async function writeExport(file: string, data: Uint8Array, fs: ExportFs = nodeFs): Promise<void> {
  await writeFileAtomic(file, data, fs).catch((error: unknown) => {
    throw new Error(`cannot write ${file} (${code(error)})`)
  })
}
