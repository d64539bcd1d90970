// The thumbnails of a view of many slides (the overview, the programme builder) drawn in turn, a
// few at a time, nearest a position first: the view opens at once and takes keys while the rest
// fill in.
import { flushSync, untrack } from 'svelte'
import { SvelteSet } from 'svelte/reactivity'
import { nearestPending, runProgressively } from './progressive'

export interface DrawnInTurn {
  /** Whether the slide's thumbnail is drawn yet. */
  has(id: string): boolean
}

/**
 * Call while a component is set up. `ids` lists the slides in view order (read again when it
 * changes); `from` is the position to start from, read at every step (a moving cursor).
 */
export function drawInTurn(ids: () => readonly string[], from: () => number = () => 0): DrawnInTurn {
  const drawn = new SvelteSet<string>()
  $effect(() => {
    const list = ids()
    return runProgressively({
      step: () => {
        const next = untrack(() => nearestPending(list, from(), drawn))
        if (next === undefined) return false
        drawn.add(next)
        flushSync()
        return true
      },
    })
  })
  return drawn
}
