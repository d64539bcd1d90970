import { describe, expect, it } from 'vitest'
import { nearestPending, runProgressively } from '../../../src/chrome/progressive'

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve))

/** A clock that each step moves on by its cost, and a queue of batches run only when asked. */
function harness(costs: number[]) {
  let clock = 0
  const done: number[] = []
  const queued: Array<() => void> = []
  const stop = runProgressively({
    budgetMs: 20,
    now: () => clock,
    later: (batch) => queued.push(batch),
    step: () => {
      if (done.length === costs.length) return false
      clock += costs[done.length]!
      done.push(done.length)
      return true
    },
  })
  return { done, queued, stop }
}

describe('work done a few steps at a time', () => {
  it('starts at the end of the current task, not at once', async () => {
    const { done } = harness([1, 1])
    expect(done).toEqual([])
    await settle()
    expect(done).toEqual([0, 1])
  })

  it('ends a batch once it has used its budget and goes on in the next task', async () => {
    const { done, queued } = harness([8, 8, 8, 30, 5, 5])
    await settle()
    expect(done).toEqual([0, 1, 2])
    expect(queued).toHaveLength(1)
    queued.shift()!()
    // A step longer than the budget still ends its batch after it.
    expect(done).toEqual([0, 1, 2, 3])
    queued.shift()!()
    expect(done).toEqual([0, 1, 2, 3, 4, 5])
    expect(queued).toHaveLength(0)
  })

  it('does nothing more once stopped, even with a batch already queued', async () => {
    const { done, queued, stop } = harness([25, 25, 25])
    await settle()
    expect(done).toEqual([0])
    stop()
    queued.shift()!()
    expect(done).toEqual([0])
  })

  it('runs in real tasks by default', async () => {
    let steps = 0
    await new Promise<void>((resolve) =>
      runProgressively({
        budgetMs: 0,
        step: () => {
          if (steps === 3) {
            resolve()
            return false
          }
          steps++
          return true
        },
      }),
    )
    expect(steps).toBe(3)
  })
})

describe('the next thumbnail to draw', () => {
  const ids = ['a', 'b', 'c', 'd', 'e']

  it('is the one at the cursor, then its neighbours, the next before the previous', () => {
    const done = new Set<string>()
    const order: string[] = []
    for (let id = nearestPending(ids, 2, done); id; id = nearestPending(ids, 2, done)) {
      order.push(id)
      done.add(id)
    }
    expect(order).toEqual(['c', 'd', 'b', 'e', 'a'])
  })

  it('follows the cursor when it moves', () => {
    expect(nearestPending(ids, 4, new Set(['c', 'd']))).toBe('e')
    expect(nearestPending(ids, 0, new Set(['a', 'e']))).toBe('b')
  })

  it('starts from the first where the cursor is not in the list, and is undefined when all are drawn', () => {
    expect(nearestPending(ids, -1, new Set())).toBe('a')
    expect(nearestPending(ids, 99, new Set())).toBe('e')
    expect(nearestPending(ids, 2, new Set(ids))).toBeUndefined()
    expect(nearestPending([], 0, new Set())).toBeUndefined()
  })
})
