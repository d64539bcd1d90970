// The save and open dialogs and file access behind the Prepare view's export and import of
// programme files (programme-files.ts decides; this only asks and touches the disk).
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import type { AppContext } from './context'
import type { ProgrammeFilePorts } from './programme-files'

const filters = [{ name: '访问安排 Programme (JSON)', extensions: ['json'] }]

export function programmeDialogs(ctx: AppContext, senderId: number): ProgrammeFilePorts {
  const { app, dialog } = ctx.deps
  const parent = ctx.registry.byContentsId(senderId)
  return {
    chooseSave: async (name) => {
      const box = { title: '导出访问安排 Export programme', defaultPath: join(app.getPath('documents'), name), filters }
      const saved = await (parent ? dialog.showSaveDialog(parent, box) : dialog.showSaveDialog(box))
      return saved.canceled || !saved.filePath ? null : saved.filePath
    },
    chooseOpen: async () => {
      const box = {
        title: '导入访问安排 Import programme',
        defaultPath: app.getPath('documents'),
        filters,
        properties: ['openFile' as const],
      }
      const picked = await (parent ? dialog.showOpenDialog(parent, box) : dialog.showOpenDialog(box))
      return picked.canceled ? null : (picked.filePaths[0] ?? null)
    },
    write: (file, text) => writeFileAtomic(file, text),
    size: async (file) => (await stat(file)).size,
    read: (file) => readFile(file, 'utf8'),
  }
}
