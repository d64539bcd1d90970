// The one ECharts theme, from the app palette and type scale. Sizes are canvas pixels: charts are
// drawn into boxes on the 1920×1080 logical canvas, which is scaled as a whole.
import { fontFamily, palette, typeScale } from '../styles/palette'

export const themeName = 'wuhai-briefing'

const axisText = { color: palette.ink, fontSize: typeScale.small, fontFamily }

export const theme = {
  color: [...palette.series],
  backgroundColor: 'transparent',
  textStyle: { fontFamily, color: palette.ink, fontSize: typeScale.small },
  animationDuration: 1200,
  animationEasing: 'cubicOut',
  animationDurationUpdate: 400,
  animationEasingUpdate: 'cubicOut',
  categoryAxis: {
    axisLine: { show: true, lineStyle: { color: palette.muted, width: 3 } },
    axisTick: { show: false },
    axisLabel: axisText,
    splitLine: { show: false },
  },
  valueAxis: {
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { ...axisText, color: palette.muted, fontSize: 28 },
    splitLine: { lineStyle: { color: palette.rule } },
  },
  bar: {
    itemStyle: { color: palette.navy },
    label: { color: palette.ink, fontSize: typeScale.heading, fontFamily },
  },
  gauge: {
    title: { color: palette.muted, fontSize: typeScale.small, fontFamily },
    detail: { color: palette.navy, fontSize: typeScale.hero, fontWeight: 'bold', fontFamily },
    axisLine: { lineStyle: { color: [[1, palette.rule]] } },
    progress: { itemStyle: { color: palette.navy } },
  },
} as const
