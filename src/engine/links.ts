/** Which links fact-quiz ever shows or follows. */

/** `http://` or `https://` and a host without `@`, as the pack schema's `url` pattern says. */
const HTTP_URL = /^https?:\/\/[^/?#@]+(?:[/?#]|$)/u;

/**
 * The one rule for links, in packs, quizzes, the element and every export: only http(s)
 * links written in full (`http:foo` is not one), that a browser parses, without a user
 * name or password. No javascript:, data: or file: URLs.
 */
export function isHttpUrl(text: unknown): text is string {
  if (typeof text !== 'string' || !HTTP_URL.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
