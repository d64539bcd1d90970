// Loads the content files beside the app and checks them; a failure is a list of readable problems.
import { contentFiles } from './files'
import { validateContent, type Validation } from './validate'

export type ReadText = (name: string) => Promise<string>

export const fetchContent: ReadText = async (name) => {
  const response = await fetch(`content/${name}`)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.text()
}

export async function loadReport(read: ReadText = fetchContent): Promise<Validation> {
  const names = [contentFiles.deck, contentFiles.figures]
  const results = await Promise.allSettled(names.map((name) => read(name)))
  const problems = results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [`${names[i]}: could not be read (${(result.reason as Error)?.message ?? result.reason})`]
      : [],
  )
  if (problems.length) return { ok: false, problems }
  const [deckText, figuresText] = results.map((r) => (r as PromiseFulfilledResult<string>).value) as [string, string]
  return validateContent({ name: contentFiles.deck, text: deckText }, { name: contentFiles.figures, text: figuresText })
}
