// Messages between tabs of the web edition: checked against their schema, which loads with the
// first message; bad ones are dropped and the rest arrive in the order they were sent.
import { afterEach, describe, expect, it } from 'vitest'
import { webPlatform } from '../../../src/platform/web'

const channels: BroadcastChannel[] = []
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close()
})

function otherTab(name: string): BroadcastChannel {
  const channel = new BroadcastChannel(name)
  channels.push(channel)
  return channel
}

describe('web peers', () => {
  it('passes on the pointer positions another tab sends, in order, and drops what the schema refuses', async () => {
    const platform = webPlatform()
    const seen: unknown[] = []
    platform.pointer.subscribe((pointer) => seen.push(pointer))
    const tab = otherTab('wuhai-briefing.pointer')
    tab.postMessage({ visible: true, x: 0.25, y: 0.5 })
    tab.postMessage({ visible: true, x: 7, y: 0.5 })
    tab.postMessage({ visible: false })
    tab.postMessage('laser')
    tab.postMessage({ visible: true, x: 1, y: 0 })
    await expect.poll(() => seen.length).toBe(3)
    expect(seen).toEqual([{ visible: true, x: 0.25, y: 0.5 }, { visible: false }, { visible: true, x: 1, y: 0 }])
  })

  it('checks the shared overlay with its own schema', async () => {
    const platform = webPlatform()
    const seen: unknown[] = []
    platform.overlays.subscribe((overlay) => seen.push(overlay))
    const tab = otherTab('wuhai-briefing.overlay')
    tab.postMessage({ overlay: 'zoom', slide: 3, block: 1 })
    tab.postMessage({ overlay: 'zoom', slide: -1, block: 1 })
    tab.postMessage({ overlay: 'none' })
    await expect.poll(() => seen.length).toBe(2)
    expect(seen).toEqual([{ overlay: 'zoom', slide: 3, block: 1 }, { overlay: 'none' }])
  })
})
