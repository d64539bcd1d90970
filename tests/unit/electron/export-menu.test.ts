// File → Export…: the questions asked, and what runs after each answer.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PageRenderer } from '../../../electron/main/export'
import { exportFromMenu, type ExportDialog, type MenuExportContext } from '../../../electron/main/export-menu'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-menu-test-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function setup(answers: number[], picked: { file?: string; folder?: string }) {
  const boxes: { type?: string; message: string; buttons?: string[] }[] = []
  const loaded: string[] = []
  const suggested: string[] = []
  const dialog = {
    showMessageBox: async (_parent: unknown, box: { type?: string; message: string; buttons?: string[] }) => {
      boxes.push(box)
      return { response: answers.shift() ?? 0, checkboxChecked: false }
    },
    showSaveDialog: async (_parent: unknown, options: { defaultPath?: string }) => {
      suggested.push(options.defaultPath ?? '')
      return { canceled: !picked.file, filePath: picked.file ?? '' }
    },
    showOpenDialog: async () => ({ canceled: !picked.folder, filePaths: picked.folder ? [picked.folder] : [] }),
  } as unknown as ExportDialog
  const renderer: PageRenderer = {
    open: async (url) => {
      loaded.push(url)
      return {
        ready: Promise.resolve({ pages: 2 }),
        pdf: async () => new TextEncoder().encode('%PDF'),
        png: async () => new Uint8Array([1]),
        close: () => {},
      }
    },
  }
  const ctx: MenuExportContext = {
    dialog,
    platform: 'linux',
    parent: {} as never,
    defaultFolder: dir,
    reportId: 'example-city-2031',
    pipeline: { renderer, base: 'app://briefing/index.html' },
    progress: () => {},
    log: () => {},
  }
  return { ctx, boxes, loaded, suggested }
}

describe('exportFromMenu', () => {
  it('PDF: asks language and handout, adds .pdf, exports, then says where it went', async () => {
    const { ctx, boxes, loaded, suggested } = setup([1, 1], { file: join(dir, 'brief') })
    const result = await exportFromMenu('pdf', ctx)
    expect(result).toEqual({ ok: true, path: join(dir, 'brief.pdf') })
    expect(readFileSync(join(dir, 'brief.pdf'), 'utf8')).toBe('%PDF')
    expect(loaded).toEqual(['app://briefing/index.html?print=1&lang=en&handout=notes'])
    expect(boxes.map((b) => b.type)).toEqual(['question', 'question', 'info'])
    expect(boxes[0]!.buttons?.at(-1)).toBe('取消 Cancel')
    expect(suggested).toEqual([join(dir, 'example-city-2031-en-notes.pdf')])
  })

  it('Cancel on the first question stops before any dialog or rendering', async () => {
    const { ctx, boxes, loaded } = setup([3], { file: join(dir, 'a.pdf') })
    expect(await exportFromMenu('pdf', ctx)).toBeNull()
    expect(boxes).toHaveLength(1)
    expect(loaded).toEqual([])
  })

  it('images: asks before replacing slide images in the folder; declining renders nothing', async () => {
    writeFileSync(join(dir, 'slide-01.png'), 'old')
    const { ctx, boxes, loaded } = setup([0, 0, 1], { folder: dir })
    expect(await exportFromMenu('png', ctx)).toBeNull()
    expect(boxes.at(-1)).toMatchObject({ type: 'warning', message: expect.stringContaining('1 slide images') })
    expect(loaded).toEqual([])
    expect(readdirSync(dir)).toEqual(['slide-01.png'])
  })

  it('images: replacing writes every slide', async () => {
    writeFileSync(join(dir, 'slide-01.png'), 'old')
    const { ctx } = setup([0, 0, 0], { folder: dir })
    expect(await exportFromMenu('png', ctx)).toEqual({ ok: true, path: dir })
    expect(readdirSync(dir).sort()).toEqual(['slide-01.png', 'slide-02.png'])
  })
})
