// The faces cut to the bundled report load in idle time after the first slide, so that the slides
// after it lay out once, in their own font, instead of again when a face arrives.
import { unquote } from './fontStack'
import { reportFontFamily } from './palette'

/** Loads every declared face of the report's family that is not loaded yet. */
export async function loadReportFaces(fonts: Iterable<FontFace> = document.fonts): Promise<void> {
  const waiting = [...fonts].filter((face) => unquote(face.family) === reportFontFamily && face.status === 'unloaded')
  await Promise.all(waiting.map((face) => face.load().catch(() => undefined)))
}
