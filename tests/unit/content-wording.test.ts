// Renderings that a bilingual review found wrong stay out: each English pattern below is a mistranslation
// of the report or a phrase that reads badly to a police audience, and each Chinese one says more or less
// than the report does.
import { describe, expect, it } from 'vitest'
import { allTexts, loadGlossary, loadReport, sourceText, type TextRef } from './content-helpers'

interface Rule {
  pattern: RegExp
  why: string
}

const english: Rule[] = [
  {
    pattern: /\bkey people\b|\bkey trades\b|\bkey industries\b/i,
    why: '重点行业和重点人员: regulated trades and persons of interest; "key industries" reads as the main sectors of the economy',
  },
  {
    pattern: /\binterview system\b/i,
    why: '语音谈话系统 is for officer–detainee conversation; "interview" reads as interrogation',
  },
  { pattern: /\bRegional Party Congress\b/i, why: '10th Party Congress of the Inner Mongolia Autonomous Region' },
  { pattern: /\bregional and national\b/i, why: '自治区及全国: Inner Mongolia and national' },
  {
    pattern: /(?<!Inner Mongolia )\bAutonomous Region\b/,
    why: 'name the region: the Inner Mongolia Autonomous Region',
  },
  { pattern: /\b(?:stood|stand|stands) the (?:[\w-]+ )*test\b/i, why: '经受住考验: Chinglish' },
  {
    pattern: /\bensured for\b/i,
    why: '经受住…安保维稳工作考验: security held firm during the events; "ensured for" reads as if Wuhai guarded them',
  },
  { pattern: /\bunder control\b/i, why: '平稳可控 is "stable and manageable"' },
  {
    pattern: /\barrest(?:s|ed|ing)?\b/i,
    why: '抓获 is "apprehend"; an arrest (逮捕) is approved by the procuratorate',
  },
  { pattern: /\bdrug-use cases\b/i, why: '人次 counts instances (person-times), not cases' },
  { pattern: /\bfood and drug crime\b/i, why: '利剑二号 is against food-related crime; "drug crime" means narcotics' },
  { pattern: /\bsand tray\b/i, why: '心理沙盘: sandplay therapy' },
  { pattern: /\bparking cameras\b/i, why: '违停自动抓拍系统: one term, automatic parking-violation camera(s)' },
  {
    pattern: /\bmicro-policing\b|\bsocial-media policing\b/i,
    why: '微警务: police services on social media; "social-media policing" means policing what is posted',
  },
  { pattern: /\bWuhai (?:Exploration|Results|Spirit)\b/, why: 'Chinglish for 乌海探索/乌海成效/乌海风貌' },
  { pattern: /\bWuhai Profile\b/, why: '乌海风貌: the Wuhai Ethos; "profile" suggests offender profiling' },
  { pattern: /\bcustody-style\b/i, why: '换押式移交: handover as for detainees, a chain of custody' },
  {
    pattern: /\bresearch meeting\b|\bfact-finding meeting\b/i,
    why: '调研会: a national review meeting; "fact-finding" suggests an inquiry',
  },
  { pattern: /\bbusiness done online\b/i, why: 'Chinglish for 业务网上办' },
  { pattern: /\bsuccessful opening\b/i, why: '胜利召开: the congress being a success' },
  { pattern: /\bSum in\b/, why: '涉案金额: the value of a case' },
  { pattern: /\bnon-government new-media\b/i, why: '社会新媒体平台: non-police social media platforms' },
  { pattern: /\bnew-media\b/i, why: '新媒体 is "social media" throughout, as in the slide titles' },
  { pattern: /\bWeChat accounts?\b/, why: '微信公众号: one term, WeChat official account(s)' },
  { pattern: /\bbungalows?\b/i, why: '平房区: single-storey housing areas; a bungalow is a suburban house' },
  { pattern: /\bpolice chief\b/i, why: '公安局长: Director of the Municipal Public Security Bureau' },
  {
    pattern: /\bfirst police force\b|\bfirst in the region\b|\bamong the first\b/i,
    why: '率先: took the lead; "among the first" is weaker than the report',
  },
  { pattern: /\bWork Report\b/, why: 'the source is a press report of the bureau’s work, not a formal work report' },
  {
    pattern: /\b(?:we|our)\b/i,
    why: 'the source is a press report: the bureau is “Wuhai” or the subject of a passive, never “we”',
  },
  { pattern: /\bcyber-security office\b/i, why: '网安工作室: a cyber policing office, as 大网安 is cyber policing' },
  {
    pattern: /\badministrative enforcement measures\b/i,
    why: '行政强制措施: administrative compulsory measures, the statutory English',
  },
  {
    pattern: /\bsocial data\b/i,
    why: '社会数据: data from sources outside the police; “social data” reads as social media',
  },
  {
    pattern: /\bfirst interactive (?:[\w-]+ )*platform\b/i,
    why: '全国首创: the first of its kind in China, not the first police platform there ever was',
  },
  { pattern: /\bdealt with in [\d,]+ cases\b/i, why: '人次 counts instances (person-times), not cases' },
  {
    pattern: /\bReview of 2016 \(press report\)/,
    why: 'the article has no title; "Review of 2016" is the deck’s own, so a source line cites the press report',
  },
]

const chinese: Rule[] = [
  { pattern: /武装巡逻全覆盖/, why: 'the 50 grids have 巡逻防控全覆盖; armed patrols cover 18 road sections' },
  { pattern: /食品药品和环境污染犯罪/, why: '利剑二号 is against 食品违法犯罪; 药品 is not in it' },
  { pattern: /全年破获毒品/, why: 'the drug results are those of “净土2016”; the report does not say 全年' },
  { pattern: /全年网上办理/, why: 'the report gives the online transactions without 全年' },
  { pattern: /工作报告/, why: 'the source is a press report (记者…摄影报道), not a 工作报告' },
]

function violations(texts: TextRef[], rules: Rule[], lang: 'zh' | 'en'): string[] {
  return texts.flatMap(({ path, text }) =>
    rules.filter((rule) => rule.pattern.test(text[lang])).map((rule) => `${path} ${lang}: ${rule.why}: ${text[lang]}`),
  )
}

const report = loadReport()
const texts = allTexts(report.deck, report.figures.values(), report.pack)
// The English of each figure's source sentence, shown in the data appendix and under “where from”.
const sourceTexts: TextRef[] = [...report.figures.values()].flatMap((figure) =>
  figure.sourceEn
    ? [{ path: `figures.json: ${figure.id}.sourceEn`, text: { zh: figure.source, en: figure.sourceEn } }]
    : [],
)
const glossaryTexts: TextRef[] = loadGlossary().terms.map((term, i) => ({
  path: `glossary.json: terms[${i}]`,
  text: { zh: term.zh, en: term.en },
}))

describe('wording', () => {
  it('has none of the known mistranslations in any English text, source sentence or glossary term', () => {
    expect(violations([...texts, ...sourceTexts, ...glossaryTexts], english, 'en')).toEqual([])
  })

  it('writes quotation marks and apostrophes as typographic ones in every English text and glossary note', () => {
    const notes: TextRef[] = loadGlossary().terms.flatMap((term, i) =>
      term.note ? [{ path: `glossary.json: terms[${i}].note`, text: { zh: term.zh, en: term.note } }] : [],
    )
    const straight = [...texts, ...sourceTexts, ...glossaryTexts, ...notes].filter(({ text }) => /['"]/.test(text.en))
    expect(straight.map(({ path, text }) => `${path}: ${text.en}`)).toEqual([])
  })

  it('adds nothing to the report in the Chinese texts', () => {
    expect(violations(texts, chinese, 'zh')).toEqual([])
  })

  it('tests against what the report says: the Chinese rules do not match the report itself', () => {
    expect(chinese.filter((rule) => rule.pattern.test(sourceText)).map((rule) => rule.why)).toEqual([])
  })

  it('catches the renderings it is written for, with the path', () => {
    const old: TextRef[] = [
      { path: 'a', text: { zh: '重点行业和重点人员', en: 'Key trades and key people' } },
      { path: 'b', text: { zh: '语音谈话系统', en: 'voice interview system' } },
      {
        path: 'c',
        text: { zh: '自治区第十次党代会', en: 'Security for the 10th Regional Party Congress also stood the test' },
      },
      { path: 'd', text: { zh: '公安厅', en: 'the Autonomous Region Public Security Department' } },
      { path: 'e', text: { zh: '抓获', en: '83 suspects arrested' } },
      { path: 'h', text: { zh: '重点行业和重点人员', en: 'Key industries and persons of interest' } },
      { path: 'i', text: { zh: '微警务', en: 'China’s first interactive social-media policing platform' } },
      { path: 'j', text: { zh: '经受住考验', en: 'Security and stability ensured for the Sixth Plenum' } },
      { path: 'k', text: { zh: '率先', en: 'Among the first police forces in China' } },
      { path: 'l', text: { zh: '调研会', en: 'a national fact-finding meeting' } },
      { path: 'm', text: { zh: '平房区', en: 'Villages, apartment blocks and bungalows' } },
      { path: 'n', text: { zh: '乌海风貌', en: 'The Wuhai Profile of a modern police force' } },
      { path: 'o', text: { zh: '来源', en: 'Source: Review of 2016 (press report), Part 1' } },
      { path: 's', text: { zh: '组织20家反恐怖成员单位', en: 'we organised 20 counter-terrorism member units' } },
      { path: 't', text: { zh: '网安工作室', en: 'a cyber-security office in every grassroots unit' } },
      { path: 'u', text: { zh: '查处吸毒人员503人次', en: 'drug users were dealt with in 503 cases' } },
    ]
    expect(violations(old, english, 'en').map((v) => v.split(' ')[0])).toEqual([
      'a',
      'b',
      'c',
      'c',
      'd',
      'e',
      'h',
      'i',
      'i',
      'j',
      'k',
      'l',
      'm',
      'n',
      'o',
      's',
      't',
      'u',
    ])
    const good: TextRef[] = [
      { path: 'f', text: { zh: '公安厅', en: 'the Inner Mongolia Autonomous Region Public Security Department' } },
      { path: 'g', text: { zh: '平稳可控', en: 'stable and manageable; 83 suspects apprehended' } },
      { path: 'p', text: { zh: '重点行业和重点人员', en: 'Regulated trades and persons of interest' } },
      { path: 'q', text: { zh: '率先', en: 'Took the lead among China’s police; held firm during the Plenum' } },
      { path: 'r', text: { zh: '平房区', en: 'single-storey housing areas; Source: press report, Part 1' } },
    ]
    expect(violations(good, english, 'en')).toEqual([])
  })
})
