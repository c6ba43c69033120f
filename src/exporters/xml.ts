/**
 * What XML files share besides escaping (which is in markup.ts): the declaration, and the
 * NCName identifiers QTI and IMS packages require.
 */
import { raw } from './markup.js';

/**
 * An XML name without a colon (xs:NCName, what `identifier` attributes take) made from
 * any text: letters, digits, `.`, `_` and `-` stay, every other run becomes one `-`, and
 * a name that would start with a digit, `.` or `-` gets `prefix` in front.
 */
export function ncName(text: string, prefix = 'id-'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return /^[A-Za-z_]/u.test(slug) ? slug : `${prefix}${slug}`;
}

/**
 * NCNames for a list of ids, one each, all different: a clash (two ids that differ only
 * in characters an NCName can't hold) gets a number on the later one.
 */
export function ncNames(ids: readonly string[], prefix = 'id-'): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = ncName(id, prefix);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${String(n)}`;
    used.add(name);
    return name;
  });
}

export const XML_DECLARATION = raw('<?xml version="1.0" encoding="UTF-8"?>');
