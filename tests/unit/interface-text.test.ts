// Interface text through the app's translator: counts take the plural the language asks for.
import { describe, expect, it } from 'vitest'
import { translator } from '../../src/i18n/i18n'

describe('interface text', () => {
  it('writes one figure and several figures in English, and the one form Chinese has', () => {
    const en = translator('en')
    const zh = translator('zh')
    expect(en('questions.appendixHit', { count: 1 })).toBe('Data appendix: 1 figure')
    expect(en('questions.appendixHit', { count: 3 })).toBe('Data appendix: 3 figures')
    expect(zh('questions.appendixHit', { count: 1 })).toBe('数据附录：1个数字')
    expect(zh('questions.appendixHit', { count: 3 })).toBe('数据附录：3个数字')
  })
})
