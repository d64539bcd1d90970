// Loads the report pack beside the app (content/…) and checks it; a failure is a list of readable problems.
import { packFiles } from './pack'
import { validatePack, type Validation } from './validate'

export type ReadText = (name: string) => Promise<string>

export const fetchContent: ReadText = async (name) => {
  const response = await fetch(`content/${name}`)
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return response.text()
}

export async function loadReport(read: ReadText = fetchContent): Promise<Validation> {
  const names = [packFiles.pack, packFiles.deck, packFiles.figures] as const
  const results = await Promise.allSettled(names.map((name) => read(name)))
  const problems = results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [`${names[i]}: could not be read (${(result.reason as Error)?.message ?? result.reason})`]
      : [],
  )
  if (problems.length) return { ok: false, problems }
  const [pack, deck, figures] = results.map((r, i) => ({
    name: names[i]!,
    text: (r as PromiseFulfilledResult<string>).value,
  })) as [{ name: string; text: string }, { name: string; text: string }, { name: string; text: string }]
  return validatePack({ pack, deck, figures })
}
