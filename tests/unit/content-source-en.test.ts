// Each figure's English rendering of its source sentence: present, English, and stating every
// number of the Chinese sentence (万/亿 as thousands, millions or billions), and nothing more.
import { describe, expect, it } from 'vitest'
import { loadReport, sameNumber } from './content-helpers'

const figures = [...loadReport().figures.values()]
const zhScale: Record<string, number> = { 万: 1e4, 亿: 1e8 }
const enScale: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 }

function zhNumbers(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)].map((m) => Number(m[1]) * (m[2] ? zhScale[m[2]]! : 1))
}

function enNumbers(text: string): number[] {
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion)\b)?/g)].map(
    (m) => Number(m[1]!.replaceAll(',', '')) * (m[2] ? enScale[m[2]]! : 1),
  )
}

describe('English renderings of the source sentences', () => {
  it.each(figures.map((f) => [f.id, f] as const))('%s', (_id, figure) => {
    expect(figure.sourceEn, 'sourceEn is missing').toBeDefined()
    const en = figure.sourceEn!
    expect(en).not.toMatch(/\p{Script=Han}/u)
    const zh = zhNumbers(figure.source).sort((a, b) => a - b)
    const stated = enNumbers(en).sort((a, b) => a - b)
    expect(stated.length, `${en} states ${stated.join(', ')}; the report ${zh.join(', ')}`).toBe(zh.length)
    zh.forEach((value, i) => expect(sameNumber(value, stated[i]!), `${value} vs ${stated[i]}`).toBe(true))
  })
})
