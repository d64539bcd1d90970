// Memory over kiosk loops: the soak run (scripts/soak.mjs), whose figures it reads back from
// bench-results/soak.json.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export function kioskMemory(loops) {
  const run = spawnSync(process.execPath, ['scripts/soak.mjs', `--loops=${loops}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const soak = JSON.parse(readFileSync('bench-results/soak.json', 'utf8'))
  const mb = (bytes) => bytes / 1024 / 1024
  const pct = (growth) => growth * 100
  return {
    soakPassed: run.status === 0,
    first: {
      loop: soak.baseline.loop,
      heapMB: mb(soak.baseline.heapObjectsBytes),
      domNodes: soak.baseline.domNodes,
      listeners: soak.baseline.jsEventListeners,
    },
    last: {
      loop: soak.final.loop,
      heapMB: mb(soak.final.heapObjectsBytes),
      domNodes: soak.final.domNodes,
      listeners: soak.final.jsEventListeners,
    },
    heapGrowthPct: pct(soak.growth.heapObjects),
    heapIncludingCodeGrowthPct: pct(soak.growth.heapUsedIncludingCode),
    domGrowthPct: pct(soak.growth.domNodes),
    listenerGrowthPct: pct(soak.growth.jsEventListeners),
  }
}
