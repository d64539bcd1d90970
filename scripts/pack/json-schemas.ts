// JSON Schema files for the files of a report pack, generated from the zod schemas the app checks
// them with, so that an editor validates and completes a pack while someone writes it.
import { z } from 'zod'
import { pack } from '../../src/content/pack'
import { deck, figureFile, glossary } from '../../src/content/schema'

const schemas = {
  'pack.schema.json': { schema: pack, title: 'Report pack: pack.json' },
  'deck.schema.json': { schema: deck, title: 'Report pack: deck.json (the slides)' },
  'figures.schema.json': { schema: figureFile, title: 'Report pack: figures.json (the numbers)' },
  'glossary.schema.json': { schema: glossary, title: 'Report pack: glossary.json (terms)' },
} as const

export type SchemaFileName = keyof typeof schemas

/** Each schema file's name and its text, as written beside the bundled pack. */
export function jsonSchemaFiles(): Array<{ name: SchemaFileName; text: string }> {
  return (Object.keys(schemas) as SchemaFileName[]).map((name) => {
    const { schema, title } = schemas[name]
    // "input": what a person writes, so fields with a default are optional. Checks that JSON Schema
    // cannot say (cross-file ids, part order) are left to the app and check-report.
    const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }
    return { name, text: JSON.stringify(json, null, 2) + '\n' }
  })
}
