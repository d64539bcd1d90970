// Summaries of repeated timings: median, spread and percentiles.

export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

const sorted = (values) => [...values].sort((a, b) => a - b)

/** The q-quantile (0..1) by linear interpolation between the closest ranks. */
export function quantile(values, q) {
  if (!values.length) return NaN
  const s = sorted(values)
  const at = (s.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return s[low] + (s[high] - s[low]) * (at - low)
}

export const median = (values) => quantile(values, 0.5)

/** Median, min–max and interquartile range of a list of numbers, rounded for the report. */
export function summary(values, digits = 1) {
  return {
    median: round(median(values), digits),
    min: round(Math.min(...values), digits),
    max: round(Math.max(...values), digits),
    q1: round(quantile(values, 0.25), digits),
    q3: round(quantile(values, 0.75), digits),
    n: values.length,
  }
}

/** Long tasks (durations in ms) as count, longest and total. */
export function longTaskSummary(durations) {
  return {
    count: durations.length,
    longestMs: round(durations.length ? Math.max(...durations) : 0),
    totalMs: round(durations.reduce((a, b) => a + b, 0)),
  }
}
