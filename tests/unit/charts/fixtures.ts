// Figures and chart blocks as the report gives them, checked by the content schema.
import {
  block as blockSchema,
  figure as figureSchema,
  type Bilingual,
  type ChartBlock,
  type Figure,
  type VisualKind,
} from '../../../src/content/schema'

const fig = (f: Record<string, unknown>): Figure => figureSchema.parse({ source: '原文', notation: 'plain', ...f })

export const figures = {
  incidents2012: fig({
    id: 'incidents-2012',
    value: 5453,
    kind: 'count',
    unit: { zh: '起', en: 'cases' },
    label: { zh: '2012年刑事警情', en: 'Criminal incidents, 2012' },
  }),
  incidents2016: fig({
    id: 'incidents-2016',
    value: 2623,
    kind: 'count',
    qualifier: 'about',
    unit: { zh: '起', en: 'cases' },
    label: { zh: '2016年刑事警情', en: 'Criminal incidents, 2016' },
    derived: {
      from: ['incidents-2012', 'incidents-change'],
      formula: { zh: '5453 ×（1 − 51.9%）', en: '5,453 × (1 − 51.9%)' },
    },
  }),
  incidentsChange: fig({
    id: 'incidents-change',
    value: -51.9,
    kind: 'change',
    label: { zh: '较2012年', en: 'since 2012' },
  }),
  propertyCrime: fig({
    id: 'property-crime-change',
    value: -23.7,
    kind: 'change',
    label: { zh: '多发性侵财类刑事警情', en: 'Common property crime' },
  }),
  violent: fig({
    id: 'violent-crime-change',
    value: -40.4,
    kind: 'change',
    label: { zh: '八类严重暴力犯罪', en: 'Eight types of serious violent crime' },
  }),
  burglary: fig({ id: 'burglary-change', value: -33.4, kind: 'change', label: { zh: '入室盗窃', en: 'Burglary' } }),
  pickpocketing: fig({
    id: 'pickpocketing-change',
    value: -53.3,
    kind: 'change',
    label: { zh: '扒窃', en: 'Pickpocketing' },
  }),
  drugCases: fig({
    id: 'drug-cases',
    value: 83,
    kind: 'count',
    unit: { zh: '起', en: 'cases' },
    label: { zh: '破获毒品刑事案件', en: 'Drug cases solved' },
  }),
  drugsSeized: fig({
    id: 'drugs-seized',
    value: 448.04,
    kind: 'weight',
    unit: { zh: '克', en: 'grams' },
    label: { zh: '缴获毒品', en: 'Drugs seized' },
  }),
  drugUsers: fig({
    id: 'drug-users',
    value: 503,
    kind: 'count',
    unit: { zh: '人次', en: 'people' },
    label: { zh: '查处吸毒人员', en: 'Drug users dealt with' },
  }),
  newUsers: fig({
    id: 'new-drug-users',
    value: 128,
    kind: 'count',
    unit: { zh: '人', en: 'people' },
    label: { zh: '新发现吸毒人员', en: 'New drug users found' },
  }),
  followers: fig({
    id: 'followers',
    value: 163400,
    kind: 'count',
    notation: 'compact',
    unit: { zh: '人', en: 'followers' },
    label: { zh: '“警民之家”粉丝', en: '“Police and Public Home” followers' },
  }),
  vaccineCase: fig({
    id: 'vaccine-case',
    value: 8.77e6,
    kind: 'money',
    notation: 'compact',
    unit: { zh: '元', en: 'yuan' },
    label: { zh: '非法经营疫苗案涉案金额', en: 'Illegal vaccine trade, sum involved' },
  }),
  onlineVehicle: fig({
    id: 'online-vehicle',
    value: 75890,
    kind: 'count',
    unit: { zh: '笔', en: 'transactions' },
    label: { zh: '网上办理车管业务', en: 'Vehicle services done online' },
  }),
  homicideClearance: fig({
    id: 'homicide-clearance',
    value: 100,
    kind: 'percent',
    label: { zh: '命案破案率', en: 'Homicide clearance rate' },
  }),
  clearance: fig({
    id: 'clearance',
    value: 69.4,
    kind: 'percent',
    label: { zh: '全年破案率', en: 'Overall clearance rate' },
  }),
  coverage: fig({
    id: 'population-reached',
    value: 0.6667,
    kind: 'ratio',
    words: { zh: '三分之二', en: 'two thirds' },
    label: { zh: '微信平台覆盖全市人口', en: 'of the city’s population reached on WeChat' },
  }),
  quickSolved: fig({
    id: 'quick-solved',
    value: 63.2,
    kind: 'percent',
    label: { zh: '侵财类“小案”快速侦破', en: 'Small property cases solved fast' },
  }),
  delegations: fig({
    id: 'delegations',
    value: 32,
    kind: 'count',
    unit: { zh: '批次', en: 'delegations' },
    label: { zh: '考察团', en: 'Study visits' },
  }),
  visitors: fig({
    id: 'visitors',
    value: 330,
    kind: 'count',
    qualifier: 'over',
    unit: { zh: '人', en: 'visitors' },
    label: { zh: '来访人员', en: 'Visitors' },
  }),
}

const b = (zh: string, en: string): Bilingual => ({ zh, en })

export const nodes = {
  flow: [
    b('运营商建设维护', 'Operators build and maintain'),
    b('政府买单', 'Government pays'),
    b('公安应用', 'Police use'),
  ],
  hub: [
    b('六张防控网', 'Six prevention networks'),
    b('社会面', 'Streets and public places'),
    b('街道（社区）', 'Neighbourhoods'),
    b('重点行业和重点人员', 'Key trades and people'),
    b('技术视频', 'Video surveillance'),
    b('信息网络', 'Information networks'),
    b('区域警务协作', 'Regional police cooperation'),
  ],
  origins: [b('乌海', 'Wuhai'), b('福建', 'Fujian'), b('河北', 'Hebei'), b('湖南', 'Hunan'), b('河南', 'Henan')],
}

export function chartBlock(
  visual: VisualKind,
  figureList: readonly Figure[],
  nodeList: readonly Bilingual[] = [],
): ChartBlock {
  const parsed = blockSchema.parse({
    type: 'chart',
    visual,
    figures: figureList.map((f) => f.id),
    nodes: nodeList,
    description: { zh: `${visual}图的说明`, en: `What the ${visual} chart says` },
  })
  if (parsed.type !== 'chart') throw new Error('expected a chart block')
  return parsed
}

/** One realistic block per visual kind, with its figures. */
export const samples: Record<VisualKind, { block: ChartBlock; figures: Figure[] }> = {
  compare: {
    block: chartBlock('compare', [figures.incidents2012, figures.incidents2016, figures.incidentsChange]),
    figures: [figures.incidents2012, figures.incidents2016, figures.incidentsChange],
  },
  declines: {
    block: chartBlock('declines', [figures.violent, figures.burglary, figures.pickpocketing]),
    figures: [figures.violent, figures.burglary, figures.pickpocketing],
  },
  bars: {
    block: chartBlock('bars', [figures.drugCases, figures.drugsSeized, figures.drugUsers, figures.newUsers]),
    figures: [figures.drugCases, figures.drugsSeized, figures.drugUsers, figures.newUsers],
  },
  gauges: {
    block: chartBlock('gauges', [figures.homicideClearance, figures.clearance]),
    figures: [figures.homicideClearance, figures.clearance],
  },
  ring: { block: chartBlock('ring', [figures.coverage]), figures: [figures.coverage] },
  flow: { block: chartBlock('flow', [], nodes.flow), figures: [] },
  hub: { block: chartBlock('hub', [], nodes.hub), figures: [] },
  origins: {
    block: chartBlock('origins', [figures.delegations, figures.visitors], nodes.origins),
    figures: [figures.delegations, figures.visitors],
  },
}
