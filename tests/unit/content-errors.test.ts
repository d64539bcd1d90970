// Broken content files are reported one readable message per problem: the file, the path inside it,
// and what was expected. Each fixture is the valid sample with one kind of mistake.
import { describe, expect, it } from 'vitest'
import { validateContent, type SlidesValidation } from '../../src/content/validate'
import { contentFile, fixturesDir, validateGlossary } from './content-helpers'

const fixture = (name: string) => contentFile(name, fixturesDir)

function problems(deckName: string, figuresName = 'valid.figures.json'): string[] {
  const result: SlidesValidation = validateContent(fixture(deckName), fixture(figuresName))
  return result.ok ? [] : result.problems
}

describe('content error messages', () => {
  it('accepts the valid sample the broken fixtures are made from', () => {
    const result = validateContent(fixture('valid.deck.json'), fixture('valid.figures.json'))
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('names a missing translation and an empty one', () => {
    expect(problems('missing-translation.deck.json')).toEqual([
      'missing-translation.deck.json: slides[1].title.en: expected string; it is missing',
      'missing-translation.deck.json: slides[2].blocks[2].description.en: expected non-empty text',
    ])
  })

  it('names each reference to an unknown figure id where it occurs', () => {
    expect(problems('unknown-figure.deck.json')).toEqual([
      'unknown-figure.deck.json: slides[1].blocks[0].items[0].figures[0]: unknown figure id "heroin-seized"; expected an id from valid.figures.json',
      'unknown-figure.deck.json: slides[2].blocks[2].figures[0]: unknown figure id "drug-case"; expected an id from valid.figures.json',
    ])
  })

  it('names values of the wrong type with what was found', () => {
    expect(problems('wrong-type.deck.json')).toEqual([
      'wrong-type.deck.json: slides[2].section: expected number; found "3"',
    ])
  })

  it('names wrong types in the figures file', () => {
    const found = problems('valid.deck.json', 'wrong-type.figures.json')
    expect(found).toHaveLength(2)
    expect(found[0]).toBe('wrong-type.figures.json: figures[0].value: expected number; found "83"')
    expect(found[1]).toMatch(
      /^wrong-type\.figures\.json: figures\[1\]\.kind: expected one of "count", "percent", .*; found "number"$/,
    )
  })

  it('names an unknown block type', () => {
    const found = problems('unknown-block.deck.json')
    expect(found).toHaveLength(1)
    expect(found[0]).toBe(
      'unknown-block.deck.json: slides[2].blocks[0].type: expected "type" to be one of "points", "stats", "chart", "quote", "source", "tiles", "timeline"; found "video"',
    )
  })

  it('reports malformed JSON with the parser\u2019s reason', () => {
    const found = problems('malformed.deck.json')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^malformed\.deck\.json: not valid JSON \(.+\)$/)
  })

  it('reports an empty file as such', () => {
    expect(problems('empty.deck.json')).toEqual(['empty.deck.json: the file is empty; expected a JSON object'])
  })

  it('reports problems in both files at once', () => {
    expect(problems('empty.deck.json', 'wrong-type.figures.json')).toEqual([
      'empty.deck.json: the file is empty; expected a JSON object',
      'wrong-type.figures.json: figures[0].value: expected number; found "83"',
      expect.stringMatching(/^wrong-type\.figures\.json: figures\[1\]\.kind: expected one of/),
    ])
  })

  it('names a glossary term without its English', () => {
    const result = validateGlossary(fixture('missing-translation.glossary.json'))
    expect(result.ok ? [] : result.problems).toEqual([
      'missing-translation.glossary.json: terms[1].en: expected string; it is missing',
    ])
  })
})
