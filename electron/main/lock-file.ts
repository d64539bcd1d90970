// The kiosk lock-out state on disk (kiosk-lock.json beside the settings), written atomically.
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic, type AtomicFs } from './atomic-write'
import { parseLockState, type LockStore } from './kiosk-pin'

export function lockFileStore(
  dir: string,
  fs: AtomicFs & Pick<typeof fsp, 'readFile' | 'mkdir'> = fsp,
): LockStore & { file: string } {
  const file = join(dir, 'kiosk-lock.json')
  return {
    file,
    async load() {
      const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null
        throw error
      })
      if (text === null) return null
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        throw new Error(`${file} is not valid JSON`)
      }
      const state = parseLockState(value)
      if (!state) throw new Error(`${file} does not hold a lock state`)
      return state
    },
    async save(state) {
      await fs.mkdir(dir, { recursive: true })
      await writeFileAtomic(file, JSON.stringify(state) + '\n', fs)
    },
  }
}
