// The JSON Schema files an editor uses while someone writes a pack: generated from the app's own
// schemas, up to date, referenced by every file of the bundled and the example pack, and agreeing
// with the app about what is valid.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { jsonSchemaFiles } from '../../../scripts/pack/json-schemas'

const schemaDir = 'resources/content/schema'
const packs = ['resources/content', 'tests/fixtures/packs/example']
const fileSchemas = {
  'pack.json': 'pack.schema.json',
  'deck.json': 'deck.schema.json',
  'figures.json': 'figures.schema.json',
  'glossary.json': 'glossary.schema.json',
} as const

const ajv = new Ajv2020({ allErrors: true, strict: false })
const validators = Object.fromEntries(
  jsonSchemaFiles().map(({ name, text }) => [name, ajv.compile(JSON.parse(text) as object)]),
)
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>

describe('the report pack JSON Schemas', () => {
  it('are up to date with the app’s schemas (npm run schemas writes them)', () => {
    for (const { name, text } of jsonSchemaFiles()) expect(readFileSync(join(schemaDir, name), 'utf8')).toBe(text)
  })

  it.each(packs)('are referenced by every file of %s, and the reference resolves', (pack) => {
    for (const [file, schema] of Object.entries(fileSchemas)) {
      const ref = readJson(join(pack, file)).$schema
      expect(typeof ref, `${pack}/${file}`).toBe('string')
      const target = resolve(dirname(join(pack, file)), ref as string)
      expect(target.endsWith(join(schemaDir, schema)), `${pack}/${file} → ${target}`).toBe(true)
      expect(existsSync(target)).toBe(true)
    }
  })

  it.each(packs)('accept the files of %s', (pack) => {
    for (const [file, schema] of Object.entries(fileSchemas)) {
      const validate = validators[schema]!
      const ok = validate(readJson(join(pack, file)))
      expect(ok ? [] : validate.errors, `${pack}/${file}`).toEqual([])
    }
  })

  it('refuse what the app refuses, naming the place: an unknown layout and a missing translation', () => {
    const deck = readJson('resources/content/deck.json') as { slides: Array<Record<string, unknown>> }
    deck.slides[3]!.layout = 'chartt'
    deck.slides[5]!.title = { zh: '标题' }
    const validate = validators['deck.schema.json']!
    expect(validate(deck)).toBe(false)
    const places = validate.errors!.map((e) => e.instancePath)
    expect(places).toContain('/slides/3/layout')
    expect(places).toContain('/slides/5/title')
  })

  it('refuse a pack.json of another format and a field the app does not know', () => {
    const validate = validators['pack.schema.json']!
    const pack = readJson('resources/content/pack.json')
    expect(validate({ ...pack, format: 2 })).toBe(false)
    expect(validate.errors!.map((e) => e.instancePath)).toContain('/format')
    expect(validate({ ...pack, colour: 'red' })).toBe(false)
    expect(validate.errors!.map((e) => e.params)).toContainEqual({ additionalProperty: 'colour' })
  })
})
