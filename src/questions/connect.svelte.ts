// Hooks a window's question-round state to its deck: the Back history watches every move once the
// deck has settled on its first place (after syncing with the other windows), overlays about one
// slide close when the slide changes, and the glossary is loaded for search: it only adds to what
// search finds, so it waits until `glossaryAfter` (the first slide shown) or until search opens.
import { untrack } from 'svelte'
import type { DeckState } from '../deck/deck.svelte'
import { loadGlossary } from './glossary'
import type { Questions } from './questions.svelte'

export function connectQuestions(
  questions: Questions,
  deck: () => DeckState | null,
  settled: () => boolean,
  glossaryAfter: Promise<unknown> = Promise.resolve(),
): void {
  $effect(() => {
    const d = deck()
    if (!d || !settled()) return
    questions.observe({ slide: d.slide, step: d.step }, d)
    questions.follow(d.slide)
  })

  $effect(() => {
    const d = deck()
    if (d && d.mode !== 'show') questions.close()
  })

  $effect(() => questions.pointer.listen())

  // The overlay the room sees, in step with the other deck windows; what arrives is not sent back.
  let lastShared = JSON.stringify({ overlay: 'none' })
  $effect(() => {
    const shared = questions.shared
    if (!shared) return
    const key = JSON.stringify(shared)
    if (key === lastShared) return
    lastShared = key
    questions.overlays?.publish(shared)
  })
  $effect(() =>
    questions.overlays?.subscribe((shared) => {
      lastShared = JSON.stringify(shared)
      questions.applyShared(shared)
    }),
  )

  $effect(() => {
    if (!questions.laser) untrack(() => questions.pointer.hide())
  })

  let live = true
  let glossaryRequested = false
  const requestGlossary = () => {
    if (glossaryRequested) return
    glossaryRequested = true
    void loadGlossary().then((result) => {
      if (!live) return
      if (result.ok) questions.glossary = result.glossary
      else for (const problem of result.problems) console.warn(problem)
    })
  }
  $effect(() => {
    if (questions.overlay === 'search') untrack(requestGlossary)
  })
  $effect(() => {
    live = true
    void glossaryAfter.then(() => live && requestGlossary())
    return () => {
      live = false
    }
  })
}
