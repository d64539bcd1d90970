// Thumbnails drawn in turn: all of them in the end, nearest the position first, the list followed
// as it changes, and nothing more once the view is gone.
import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import { drawInTurn, type DrawnInTurn } from '../../../src/chrome/drawInTurn.svelte'

const tasks = (n = 5) => new Promise<void>((resolve) => setTimeout(resolve, n))

function view(initial: string[], from: () => number) {
  let ids = $state(initial)
  let drawn!: DrawnInTurn
  const stop = $effect.root(() => {
    drawn = drawInTurn(() => ids, from)
  })
  flushSync()
  return {
    drawn: () => initial.concat(ids).filter((id, i, all) => all.indexOf(id) === i && drawn.has(id)),
    setIds: (next: string[]) => {
      ids = next
      flushSync()
    },
    stop,
  }
}

describe('thumbnails drawn in turn', () => {
  it('draws every one, starting with the one at the position', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `s${i}`)
    const v = view(ids, () => 7)
    expect(v.drawn()).toEqual([])
    await Promise.resolve()
    expect(v.drawn()).toContain('s7')
    await tasks(50)
    expect(v.drawn().sort()).toEqual([...ids].sort())
    v.stop()
  })

  it('draws what joins the list later, and keeps what it has drawn', async () => {
    const v = view(['a', 'b'], () => 0)
    await tasks()
    expect(v.drawn()).toEqual(['a', 'b'])
    v.setIds(['a', 'b', 'c'])
    await tasks()
    expect(v.drawn()).toEqual(['a', 'b', 'c'])
  })

  it('draws nothing more once its view is gone', async () => {
    const v = view(['a', 'b', 'c'], () => 0)
    v.stop()
    await tasks()
    expect(v.drawn()).toEqual([])
  })
})
