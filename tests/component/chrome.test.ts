import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import Blank from '../../src/chrome/Blank.svelte'
import ErrorScreen from '../../src/chrome/ErrorScreen.svelte'
import ExportNotice from '../../src/chrome/ExportNotice.svelte'
import Help from '../../src/chrome/Help.svelte'
import JumpIndicator from '../../src/chrome/JumpIndicator.svelte'
import Progress from '../../src/chrome/Progress.svelte'
import { stepCount } from '../../src/content/steps'
import type { Report } from '../../src/content/validate'
import { readPack } from '../../electron/main/report-pack'
import { DeckState } from '../../src/deck/deck.svelte'
import { JumpBuffer } from '../../src/input/jump.svelte'
import { flushSync } from 'svelte'

const result = readPack('tests/fixtures/deck-sample')
if (!result.ok) throw new Error(result.problems.join('\n'))
const report: Report = result.report
const newDeck = () => new DeckState(report.deck.slides.map(stepCount))

describe('progress bar and counter', () => {
  it('shows "n / total" and a spoken label in the current language', () => {
    const deck = newDeck()
    deck.go(2)
    render(Progress, { deck })
    const total = report.deck.slides.length
    expect(screen.getByText(`3 / ${total}`)).toBeTruthy()
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe(`第3张，共${total}张`)
    deck.toggleLang()
    flushSync()
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe(`Slide 3 of ${total}`)
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3')
  })
})

describe('help overlay', () => {
  it('lists every key in the current language', () => {
    const deck = newDeck()
    deck.setLang('en')
    render(Help, { deck })
    const dialog = screen.getByRole('dialog')
    for (const text of [
      'Next step / next slide',
      'Black / white screen',
      'Switch Chinese / English',
      'PageDown',
      'Shift+F5',
      'Shift+L',
    ])
      expect(dialog.textContent).toContain(text)
    deck.setLang('zh')
    flushSync()
    expect(dialog.textContent).toContain('下一步 / 下一张')
    expect(dialog.textContent).not.toContain('Next step')
  })
})

describe('black and white screens', () => {
  it('cover the window and return to the slide on a click', async () => {
    const deck = newDeck()
    deck.toggleMode('white')
    const { container } = render(Blank, { deck })
    const blank = container.querySelector('[data-blank="white"]') as HTMLElement
    expect(blank).toBeTruthy()
    await fireEvent.click(blank)
    expect(deck.mode).toBe('show')
    expect(container.querySelector('[data-blank]')).toBeNull()
  })
})

describe('slide number being typed', () => {
  it('shows the digits while they are typed, and nothing otherwise', () => {
    const jump = new JumpBuffer()
    const { container } = render(JumpIndicator, { jump, lang: 'en' })
    expect(container.querySelector('[data-jump]')).toBeNull()
    jump.type('1')
    jump.type('2')
    flushSync()
    expect(container.querySelector('[data-jump]')?.textContent).toBe('Go to slide 12')
  })

  it('takes the number off the screen when it is forgotten, as Enter no longer goes there', () => {
    vi.useFakeTimers()
    try {
      const jump = new JumpBuffer()
      const { container } = render(JumpIndicator, { jump, lang: 'en' })
      jump.type('2')
      vi.advanceTimersByTime(3000)
      jump.type('0')
      vi.advanceTimersByTime(3000)
      flushSync()
      expect(container.querySelector('[data-jump]')?.textContent).toBe('Go to slide 20')
      vi.advanceTimersByTime(1001)
      flushSync()
      expect(container.querySelector('[data-jump]')).toBeNull()
      expect(jump.take()).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('content error screen', () => {
  it('names every problem, in both languages', () => {
    render(ErrorScreen, {
      problems: [
        'deck.json: slides[2].title.en: expected string; it is missing',
        'figures.json: not valid JSON (Unexpected end)',
      ],
    })
    expect(screen.getByText(/slides\[2\]\.title\.en/)).toBeTruthy()
    expect(screen.getByText(/figures\.json: not valid JSON/)).toBeTruthy()
    expect(screen.getByText('无法加载报告内容')).toBeTruthy()
    expect(screen.getByText('The report content could not be loaded')).toBeTruthy()
  })
})

describe('export notice', () => {
  it('shows the progress of a desktop export, then where the handout went', () => {
    let emit: (p: import('../../src/contract').ExportProgress) => void = () => {}
    const platform = {
      onExportProgress: (listener: typeof emit) => ((emit = listener), () => {}),
    } as unknown as import('../../src/platform').Platform
    const { container } = render(ExportNotice, { platform, lang: 'en' })
    expect(container.querySelector('[data-export-notice]')).toBeNull()
    emit({ done: 12, total: 35 })
    flushSync()
    expect(container.querySelector('[data-export-notice]')?.textContent).toContain('Exporting the handout… 12 / 35')
    emit({ done: 35, total: 35, result: { ok: false, message: 'the folder is not writable' } })
    flushSync()
    expect(container.querySelector('[data-export-notice]')?.textContent).toContain(
      'Export failed: the folder is not writable',
    )
  })
})
