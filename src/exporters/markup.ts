/**
 * Markup that escapes by default, as lit-html does: `xml` and `html` are tagged templates
 * that escape every interpolated value unless it is already markup (a `Markup` made by a
 * template, `raw()` or `join()`), so nested templates compose and fact text can never
 * become a tag. One escape serves element text and double-quoted attribute values alike
 * (see `escapeXml`), and the template refuses an unquoted attribute value.
 */
// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except lone
// surrogates and U+FFFE/U+FFFF; anything else makes the file unreadable to every parser.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text for element content or a double-quoted attribute, in XML or HTML: the one escape
 * both contexts need, so a template need not know which one a value sits in.
 */
function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"]/gu, (c) => ENTITIES[c] ?? c);
}

/**
 * Written markup. Only this module makes one (the class is exported as a type), so any
 * other value, a plain string above all, is escaped.
 */
class Markup {
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  toString(): string {
    return this.#text;
  }
}
export type { Markup };

/** What a template takes: text and numbers are escaped, markup is kept, lists are joined. */
export type MarkupValue = string | number | Markup | readonly MarkupValue[];

/** One value as markup: the only place text is escaped. */
function render(value: MarkupValue): string {
  if (value instanceof Markup) return value.toString();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return (value as readonly MarkupValue[]).map(render).join('');
  // Text, and whatever an untyped caller passes: a look-alike of markup is text too.
  return escapeXml(String(value));
}

/** Markup from a template: the literal parts as written, every value escaped unless it is markup. */
function template(strings: TemplateStringsArray, values: readonly MarkupValue[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    // In `name=${value}` or `name='${value}'` a space or `'` in the value would end the attribute.
    if (/='?$/u.test(out)) throw new Error(`Markup: quote the attribute value before \${…} in "${out.slice(-40)}".`);
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** XML (Moodle, QTI, Office Open XML) with every value escaped. */
export function xml(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  return template(strings, values);
}

/** HTML written as well-formed XML (the worksheet), with every value escaped. */
export const html = xml;

/**
 * Text the caller vouches is markup already (a constant, or CSS made safe by its own
 * escaping); never pass fact text here.
 */
export function raw(markup: string): Markup {
  return new Markup(markup);
}

/** Values as one piece of markup, each escaped as in a template, `separator` between them. */
export function join(values: readonly MarkupValue[], separator = ''): Markup {
  return new Markup(values.map(render).join(escapeXml(separator)));
}

/**
 * Markup as CDATA content, for formats that carry HTML as text (Moodle): a `]]>` in it is
 * split across two sections, so nothing can end the section early.
 */
export function cdata(markup: Markup): Markup {
  return raw(`<![CDATA[${markup.toString().replaceAll(']]>', ']]]]><![CDATA[>')}]]>`);
}
