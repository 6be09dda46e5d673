/** covered / expected as a percentage rounded down to one decimal; 100 when nothing is expected. */
export function percentage(covered: number, expected: number): number {
  return expected === 0 ? 100 : Math.floor((covered / expected) * 1000) / 10;
}
