// Which programme a window runs: the one it was launched with (`--programme=FILE`, handed over by
// the desktop app or the web edition's server) when the name matches, else a saved one by name.
import type { Programme } from '../contract/programme'
import type { Report } from '../content/validate'
import { programmeOrder, wholeReport, type OrderResult } from './order'

export type Found = { ok: true; programme: Programme } | { ok: false; problems: string[] }

export async function findProgramme(
  name: string,
  launched: unknown,
  saved: readonly Programme[] | undefined,
): Promise<Found> {
  if (launched !== null && launched !== undefined) {
    // The programme schema, and zod with it, loads only for a window launched with a programme file.
    const { readProgramme } = await import('../contract/programme')
    const read = readProgramme(launched, 'programme file')
    if (!read.ok) return read
    if (read.programme.name === name) return read
  }
  const found = saved?.find((p) => p.name === name)
  if (found) return { ok: true, programme: found }
  const names = (saved ?? []).map((p) => `"${p.name}"`)
  return {
    ok: false,
    problems: [
      `?programme=${name}: no programme of that name${names.length ? `; saved programmes: ${names.join(', ')}` : '; none is saved yet'}`,
    ],
  }
}

/** The running order for a window: the whole report, or the named programme checked against the report. */
export async function startingOrder(
  report: Report,
  name: string | undefined,
  launched: unknown,
  saved: readonly Programme[] | undefined,
): Promise<OrderResult> {
  if (name === undefined) return { ok: true, order: wholeReport(report) }
  const found = await findProgramme(name, launched, saved)
  if (!found.ok) return found
  return programmeOrder(found.programme, report)
}
