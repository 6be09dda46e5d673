/** Characters that cannot stand in an `@design:<slug>` tag. */
const UNSAFE = /[\s@#\p{Cc}]/gu;

function clean(name: string): string {
  return name.replace(UNSAFE, '-');
}

/**
 * The slug of a design file: its base name without `.md` (whitespace, `@`, `#`
 * and control characters as `-`), or the folder's name for `<folder>/design.md`
 * and `<folder>/<folder>-design.md`; `untitled` when there is no name.
 */
export function slugFromPath(path: string): string {
  const parts = path.split(/[\\/]/);
  const base = clean((parts.pop() ?? '').replace(/\.md$/i, ''));
  const folder = clean(parts.pop() ?? '');
  if (folder !== '' && (base.toLowerCase() === 'design' || base === `${folder}-design`)) return folder;
  return base === '' ? 'untitled' : base;
}

/** Other slugs `@design:` tags may use for the file: its base name when the slug is the folder's (see {@link slugFromPath}). */
export function slugAliases(path: string): string[] {
  const base = clean((path.split(/[\\/]/).pop() ?? '').replace(/\.md$/i, ''));
  return base === '' || base === slugFromPath(path) ? [] : [base];
}
