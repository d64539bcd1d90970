// The report's own faces load after the first slide, every one of them, each once.
import { describe, expect, it } from 'vitest'
import { reportFontFamily } from '../../../src/styles/palette'
import { loadReportFaces } from '../../../src/styles/reportFaces'

function face(family: string, status: FontFaceLoadStatus, fails = false) {
  const calls: string[] = []
  const it = {
    family,
    status,
    calls,
    load: async () => {
      calls.push('load')
      if (fails) throw new Error('bad file')
      it.status = 'loaded'
      return it as unknown as FontFace
    },
  }
  return it
}

describe('loadReportFaces', () => {
  it('loads the report family’s faces not yet loaded, and nothing of any other family', async () => {
    const waiting = face(`"${reportFontFamily}"`, 'unloaded')
    const loaded = face(reportFontFamily, 'loaded')
    const other = face('Noto Sans SC', 'unloaded')
    await loadReportFaces([waiting, loaded, other] as unknown as FontFace[])
    expect(waiting.calls).toEqual(['load'])
    expect(waiting.status).toBe('loaded')
    expect(loaded.calls).toEqual([])
    expect(other.calls).toEqual([])
  })

  it('settles when a face fails, having tried the others', async () => {
    const broken = face(reportFontFamily, 'unloaded', true)
    const good = face(reportFontFamily, 'unloaded')
    await expect(loadReportFaces([broken, good] as unknown as FontFace[])).resolves.toBeUndefined()
    expect(good.status).toBe('loaded')
  })
})
