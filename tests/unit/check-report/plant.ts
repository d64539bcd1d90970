// Copies of the example pack in a temporary folder, with a problem planted for a check to find.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const examplePack = resolve(import.meta.dirname, '../../fixtures/packs/example')

const made: string[] = []

/** A fresh copy of the example pack; removeCopies() deletes them all. */
export function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-report-'))
  cpSync(examplePack, dir, { recursive: true })
  made.push(dir)
  return dir
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export function editText(dir: string, file: string, edit: (text: string) => string): void {
  const path = join(dir, file)
  const before = readFileSync(path, 'utf8')
  const after = edit(before)
  if (after === before) throw new Error(`the edit of ${file} changed nothing`)
  writeFileSync(path, after)
}

export function editJson<T = any>(dir: string, file: string, edit: (json: T) => void): void {
  editText(dir, file, (text) => {
    const json = JSON.parse(text) as T
    edit(json)
    return JSON.stringify(json, null, 2)
  })
}

/** The planted problems the checker's tests look for, each one edit of the copy. */
export const plant = {
  /** A new sentence with a number that no figure shows and no excuse names. */
  uncoveredNumber: (dir: string) =>
    editText(dir, 'source.zh.txt', (t) =>
      t.replace('全年刑事案件破案率达到67.2%。', '全年刑事案件破案率达到67.2%。全年破获毒品案件321起。'),
    ),
  /** patrol-grids says 46; the report says 45. */
  changedFigureValue: (dir: string) =>
    editJson(dir, 'figures.json', (f) => {
      f.figures.find((x: { id: string }) => x.id === 'patrol-grids').value = 46
    }),
  /** The English of a point left as the Chinese. */
  untranslatedText: (dir: string) =>
    editJson(dir, 'deck.json', (d) => {
      const item = d.slides[4].blocks[1].items[0]
      item.text.en = item.text.zh
    }),
  /** A slide title without its English: the pack no longer validates. */
  missingEnglish: (dir: string) =>
    editJson(dir, 'deck.json', (d) => {
      delete d.slides[1].title.en
    }),
}
