/** Characters of one message line: a 10 MB value must not become a 10 MB paragraph. */
const MAX_LINE = 300;

/** A message line cut to MAX_LINE characters (never inside a surrogate pair). */
export function clip(line: string): string {
  if (line.length <= MAX_LINE) return line;
  const cut = /[\uD800-\uDBFF]/u.test(line.charAt(MAX_LINE - 2)) ? MAX_LINE - 2 : MAX_LINE - 1;
  return `${line.slice(0, cut)}…`;
}
