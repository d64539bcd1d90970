// Every text is written in both languages: Chinese on the Chinese side, English without Chinese on
// the English side, and no text left the same in both.
import { error, type CheckResult, type Finding } from './findings'
import { cjk, type TextRef } from './texts'

export function checkTranslations(texts: readonly TextRef[]): CheckResult {
  const findings: Finding[] = []
  for (const { path, text } of texts) {
    if (text.zh.trim() === text.en.trim())
      findings.push(error(path, `the English is the same as the Chinese (not translated?): ${text.en}`))
    else if (cjk.test(text.en))
      findings.push(error(path, `the English has Chinese in it (not translated?): ${text.en}`))
    if (!cjk.test(text.zh)) findings.push(error(path, `the Chinese side has no Chinese: ${text.zh}`))
  }
  return { id: 'translations', ran: true, detail: `${texts.length} texts`, findings }
}
