// Which field of the Prepare view a programme problem is about, from the path the programme's
// check writes before its message ("programme.delegation.zh: expected non-empty text").

export type PrepareField =
  'name' | 'delegationZh' | 'delegationEn' | 'hostZh' | 'hostEn' | 'date' | 'minutes' | 'lang' | 'notesLang' | 'order'

const fields: ReadonlyArray<[RegExp, PrepareField]> = [
  [/^programme\.name\b/, 'name'],
  [/^programme\.delegation\.zh\b/, 'delegationZh'],
  [/^programme\.delegation\.en\b/, 'delegationEn'],
  [/^programme\.host\.zh\b/, 'hostZh'],
  [/^programme\.host\.en\b/, 'hostEn'],
  [/^programme\.date\b/, 'date'],
  [/^programme\.minutes\b/, 'minutes'],
  [/^programme\.lang\b/, 'lang'],
  [/^programme\.notesLang\b/, 'notesLang'],
  [/^programme\.slides\b/, 'order'],
]

/** The field and the message of a problem; no field for a problem the form has no field for. */
export function problemField(problem: string): { field?: PrepareField; message: string } {
  const colon = problem.indexOf(': ')
  const path = colon < 0 ? '' : problem.slice(0, colon)
  const field = fields.find(([pattern]) => pattern.test(path))?.[1]
  return field ? { field, message: problem.slice(colon + 2) } : { message: problem }
}
