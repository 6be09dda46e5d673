/** What the GitHub Actions runner does to a workflow command's message and property values. */
export function unescapeGithub(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) =>
    ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[code] ?? '',
  );
}
