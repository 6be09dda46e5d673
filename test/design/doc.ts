/** Join lines into a Markdown document, so a test can read line numbers off the array (index + 1). */
export function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
