/** Uniform scale and offsets that fit a canvas into a box, centred, letterboxed. */
export function fitCanvas(box: { width: number; height: number }, canvas = { width: 1920, height: 1080 }) {
  const scale = Math.min(box.width / canvas.width, box.height / canvas.height)
  const safe = Number.isFinite(scale) && scale > 0 ? scale : 0
  return {
    scale: safe,
    left: (box.width - canvas.width * safe) / 2,
    top: (box.height - canvas.height * safe) / 2,
  }
}
