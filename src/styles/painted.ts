// When what the page shows is on screen: its fonts in, and two frames painted after them.

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Settles once what the page shows now is on screen with its fonts: two frames painted after they are in. */
export async function paintedWithFonts(): Promise<void> {
  // Laying the page out may start loading more faces: wait until a frame finds none loading.
  for (;;) {
    await document.fonts.ready
    await frame()
    if (document.fonts.status === 'loaded') break
  }
  await frame()
  await frame()
}
