/** part / expected as a percentage rounded down to one decimal; null ("n/a") when nothing is expected. */
export function percentage(part: number, expected: number): number | null {
  return expected === 0 ? null : Math.floor((part / expected) * 1000) / 10;
}
