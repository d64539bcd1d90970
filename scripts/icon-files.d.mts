export function pngSize(png: Buffer): { width: number; height: number }
export function writeIco(pngs: Buffer[]): Buffer
export function writeIcns(pngs: Buffer[]): Buffer
export const icnsTypes: Record<number, string[]>
export function readIcns(file: Buffer): Array<{ type: string; data: Buffer }>
export function readIco(file: Buffer): Array<{ size: number; data: Buffer }>
