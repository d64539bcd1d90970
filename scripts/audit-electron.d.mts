export function electronVersionOf(pkg: {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}): string
export function parseCsvLine(line: string): string[]
export function parseReport(text: string): Record<string, string>[]
export function parseFailures(output: string): string[]
