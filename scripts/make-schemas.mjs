#!/usr/bin/env node
// npm run schemas: writes the report pack's JSON Schema files into resources/content/schema/
// (from the zod schemas). A unit test fails when they are out of date.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createJiti } from 'jiti'

const { jsonSchemaFiles } = await createJiti(import.meta.url).import('./pack/json-schemas.ts')
const folder = join(import.meta.dirname, '..', 'resources', 'content', 'schema')
mkdirSync(folder, { recursive: true })
for (const { name, text } of jsonSchemaFiles()) {
  writeFileSync(join(folder, name), text)
  console.log(`wrote ${join('resources', 'content', 'schema', name)}`)
}
