import { describe, expect, it } from 'vitest'
import { problemField } from '../../../src/programme/problemField'

describe('problemField', () => {
  it('names the Prepare field a problem is about, and keeps its message', () => {
    expect(problemField('programme.name: expected non-empty text')).toEqual({
      field: 'name',
      message: 'expected non-empty text',
    })
    expect(problemField('programme.delegation.zh: expected at most 40 characters').field).toBe('delegationZh')
    expect(problemField('programme.host.en: expected string; it is missing').field).toBe('hostEn')
    expect(problemField('programme.slides[2]: no slide "part-11-x" in the report').field).toBe('order')
    expect(problemField('programme.notesLang: expected "zh" or "en"').field).toBe('notesLang')
  })
  it('leaves a problem without a field as it is', () => {
    expect(problemField('programme: expected an object')).toEqual({ message: 'programme: expected an object' })
    expect(problemField('could not read the file')).toEqual({ message: 'could not read the file' })
  })
})
