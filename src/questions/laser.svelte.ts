// The laser pointer: this window's own dot, and the dot another deck window shares (the presenter
// pointing at the audience screen). A shared pointer goes out at most once per animation frame,
// and again every second while it shows, so that a window whose sender went away (closed, or
// crashed mid-gesture) drops the dot by itself.
import type { Pointer } from '../contract'
import { hiddenPointer } from '../contract/rules'
import type { PeerTransport } from '../platform/platform'

const heartbeatMs = 1000
const staleMs = 2500
/** A hidden window may not run animation frames; a timer stands in. */
const frameFallbackMs = 40

export class LaserPointer {
  /** This window's pointer. */
  local = $state<Pointer>(hiddenPointer)
  /** The pointer another window shares. */
  remote = $state<Pointer>(hiddenPointer)
  private pending: Pointer | null = null
  private scheduled = false
  private sharedVisible = false
  private heartbeat: ReturnType<typeof setInterval> | undefined
  private expiry: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly transport?: PeerTransport<Pointer>) {}

  /** What to draw: the shared pointer when there is one, else this window's own. */
  get shown(): Pointer {
    return this.remote.visible ? this.remote : this.local
  }

  /** Moves this window's pointer; with `share`, the other deck windows show it too. */
  point(pointer: Pointer, share: boolean): void {
    this.local = pointer
    if (share || this.sharedVisible) this.send(pointer)
  }

  hide(): void {
    this.point(hiddenPointer, false)
  }

  /** Listens for the pointer other windows share; returns the way to stop. */
  listen(): () => void {
    const stop = this.transport?.subscribe((pointer) => {
      this.remote = pointer
      clearTimeout(this.expiry)
      if (pointer.visible) this.expiry = setTimeout(() => (this.remote = hiddenPointer), staleMs)
    })
    return () => {
      stop?.()
      clearTimeout(this.expiry)
      clearInterval(this.heartbeat)
    }
  }

  private send(pointer: Pointer): void {
    this.pending = pointer
    this.sharedVisible = pointer.visible
    clearInterval(this.heartbeat)
    if (pointer.visible) this.heartbeat = setInterval(() => this.transport?.publish(this.local), heartbeatMs)
    if (this.scheduled) return
    this.scheduled = true
    const flush = () => {
      if (!this.scheduled) return
      this.scheduled = false
      clearTimeout(timer)
      const next = this.pending
      this.pending = null
      if (next) this.transport?.publish(next)
    }
    const timer = setTimeout(flush, frameFallbackMs)
    requestAnimationFrame(flush)
  }
}

/** A pointer event as a place on the canvas (0–1 each way), or hidden when it is off the canvas. */
export function canvasPointer(canvas: Element, clientX: number, clientY: number): Pointer {
  const rect = canvas.getBoundingClientRect()
  if (!rect.width || !rect.height) return hiddenPointer
  const x = (clientX - rect.left) / rect.width
  const y = (clientY - rect.top) / rect.height
  return x < 0 || x > 1 || y < 0 || y > 1 ? hiddenPointer : { visible: true, x, y }
}
