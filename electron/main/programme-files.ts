// Programme files from the Prepare view: saved through a save dialog (written atomically), opened
// through an open dialog and handed to the window as text, which checks it before using it.
import { basename } from 'node:path'
import {
  programmeFileMaxBytes,
  programmeFileName,
  type Programme,
  type ProgrammeOpened,
  type ProgrammeSaved,
} from '../../src/contract'

export interface ProgrammeFilePorts {
  /** A save dialog; resolves to the chosen path or null. */
  chooseSave(defaultName: string): Promise<string | null>
  /** An open dialog for .json files; resolves to the chosen path or null. */
  chooseOpen(): Promise<string | null>
  write(file: string, text: string): Promise<void>
  size(file: string): Promise<number>
  read(file: string): Promise<string>
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message

export async function saveProgrammeFile(programme: Programme, ports: ProgrammeFilePorts): Promise<ProgrammeSaved> {
  const chosen = await ports.chooseSave(programmeFileName(programme))
  if (!chosen) return null
  const file = /\.json$/i.test(chosen) ? chosen : `${chosen}.json`
  try {
    await ports.write(file, `${JSON.stringify(programme, null, 2)}\n`)
    return { ok: true, path: file }
  } catch (error) {
    return { ok: false, message: `cannot write ${file} (${reason(error)})` }
  }
}

export async function openProgrammeFile(ports: ProgrammeFilePorts): Promise<ProgrammeOpened> {
  const file = await ports.chooseOpen()
  if (!file) return null
  try {
    const size = await ports.size(file)
    if (size > programmeFileMaxBytes)
      return {
        ok: false,
        message: `${basename(file)}: ${size} bytes; a programme file is at most ${programmeFileMaxBytes}`,
      }
    return { ok: true, name: basename(file), text: await ports.read(file) }
  } catch (error) {
    return { ok: false, message: `${basename(file)}: cannot be read (${reason(error)})` }
  }
}
