/** Characters that cannot stand in an `@design:<slug>` tag. */
const UNSAFE = /[\s@#\p{Cc}]/gu;

/**
 * The slug of a design file: its base name without `.md`, with whitespace,
 * `@`, `#` and control characters replaced by `-`. Both `/` and `\` separate
 * folders. A path without a usable name gives `untitled`.
 */
export function slugFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const slug = base.replace(/\.md$/i, '').replace(UNSAFE, '-');
  return slug === '' ? 'untitled' : slug;
}
