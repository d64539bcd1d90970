// Where the audience and presenter windows go, decided from the list of displays.

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface DisplayInfo {
  id: number
  bounds: Rect
  workArea: Rect
}

export interface WindowPlace {
  displayId: number
  bounds: Rect
  fullScreen: boolean
}

export interface Placement {
  audience: WindowPlace
  presenter?: WindowPlace
  problems: string[]
}

export interface PlacementRequest {
  primaryId: number
  /** 1-based index into the (de-mirrored) display list, from --display=N. */
  audienceDisplay?: number
  presenter: boolean
  kiosk: boolean
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

/** Displays in the given order, mirrored ones (identical bounds) counted once, keeping the primary. */
export function distinctDisplays(displays: readonly DisplayInfo[], primaryId: number): DisplayInfo[] {
  const result: DisplayInfo[] = []
  for (const display of displays) {
    const twin = result.findIndex((d) => sameRect(d.bounds, display.bounds))
    if (twin === -1) result.push(display)
    else if (display.id === primaryId) result[twin] = display
  }
  return result
}

/** A window of 80% of the work area, centred. */
function centred(area: Rect): Rect {
  const width = Math.round(area.width * 0.8)
  const height = Math.round(area.height * 0.8)
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  }
}

/**
 * Two or more displays with the presenter view: audience full screen on the external display
 * (or --display=N), presenter on the primary. One display: side by side, 60% / 40%. Without the
 * presenter view the audience window opens on the primary display unless --display or kiosk mode
 * sends it (full screen) elsewhere.
 */
export function placeWindows(displays: readonly DisplayInfo[], request: PlacementRequest): Placement {
  const problems: string[] = []
  const list = distinctDisplays(displays, request.primaryId)
  if (list.length === 0) throw new Error('no displays')
  const primary = list.find((d) => d.id === request.primaryId) ?? list[0]!
  const external = list.find((d) => d.id !== primary.id)

  let chosen: DisplayInfo | undefined
  if (request.audienceDisplay !== undefined) {
    chosen = list[request.audienceDisplay - 1]
    if (!chosen)
      problems.push(
        `--display=${request.audienceDisplay}: there ${list.length === 1 ? 'is only 1 display' : `are only ${list.length} displays`}; expected 1 to ${list.length}; using the default`,
      )
  }
  const audienceDisplay = chosen ?? external ?? primary

  if (request.presenter) {
    if (list.length >= 2) {
      const presenterDisplay = audienceDisplay.id === primary.id ? external! : primary
      return {
        audience: { displayId: audienceDisplay.id, bounds: { ...audienceDisplay.bounds }, fullScreen: true },
        presenter: { displayId: presenterDisplay.id, bounds: { ...presenterDisplay.workArea }, fullScreen: false },
        problems,
      }
    }
    const area = primary.workArea
    const left = Math.round(area.width * 0.6)
    return {
      audience: {
        displayId: primary.id,
        bounds: { x: area.x, y: area.y, width: left, height: area.height },
        fullScreen: false,
      },
      presenter: {
        displayId: primary.id,
        bounds: { x: area.x + left, y: area.y, width: area.width - left, height: area.height },
        fullScreen: false,
      },
      problems,
    }
  }
  if (request.kiosk || chosen) {
    return {
      audience: { displayId: audienceDisplay.id, bounds: { ...audienceDisplay.bounds }, fullScreen: true },
      problems,
    }
  }
  return { audience: { displayId: primary.id, bounds: centred(primary.workArea), fullScreen: false }, problems }
}
