const SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;

/**
 * One POSIX shell word for `text`: as is when it holds only characters no
 * shell treats specially, else single-quoted (a `'` becomes `'\''`).
 */
export function shellQuote(text: string): string {
  if (SAFE.test(text)) return text;
  return `'${text.replace(/'/g, "'\\''")}'`;
}
