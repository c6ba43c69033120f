/**
 * Turning facts into words in the pack's language: dates at their precision through
 * `Intl`, numbers with their unit, templates with their slots filled.
 */
import type { DatePrecision, DateValue, NumberQualifier, Relation } from './pack.js';
import { civilFromDays, dayNumber, daysFromCivil, isoDay } from './calendar.js';
import { ENGINE_WORDS } from '../locales/engine.js';
import { languageOf, wordsFor } from '../locales/lookup.js';
import type { EngineWords } from '../locales/types.js';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];

/**
 * Grammar where a template's words meet a slot's value, which the template's author
 * could not see: "a {object}" before "owl", "de {object}" before "les Jeux". Takes the
 * end of the text before the slot (at least JOIN_TAIL characters, or all of it), the
 * value, and whether the text so far writes a curly apostrophe, and gives the end and
 * the value back as they should read.
 */
type SlotJoin = (before: string, value: string, curly: boolean) => [string, string];

/**
 * How much of the text before a slot a join looks at: its rules read a word or two, and
 * looking no further keeps filling linear in the template's length (a template with
 * thousands of slots would otherwise re-scan the whole text at each one).
 */
const JOIN_TAIL = 64;

/** A date as an interval of UTC day numbers, with how it is shown. */
export interface DateSpan {
  start: number;
  end: number;
  precision: DatePrecision;
  season?: Season;
  showYear: boolean;
}

/** The first and last day a date covers; seasons are meteorological (northern). */
export function spanOf(value: DateValue): DateSpan {
  const showYear = value.inferredYear !== true;
  const year = Number(value.date.slice(0, 4));
  switch (value.precision) {
    case 'day':
      return { start: dayNumber(value.date), end: dayNumber(value.end ?? value.date), precision: 'day', showYear };
    case 'month': {
      const month = Number(value.date.slice(5, 7));
      return { start: dayNumber(value.date), end: dayNumber(`${String(year)}-${String(month + 1)}-1`) - 1, precision: 'month', showYear };
    }
    case 'season': {
      const season = value.season ?? 'summer';
      const first = 3 + 3 * SEASONS.indexOf(season); // spring starts in March
      return {
        start: dayNumber(`${String(year)}-${String(first)}-1`),
        end: dayNumber(`${String(year)}-${String(first + 3)}-1`) - 1,
        precision: 'season',
        season,
        showYear,
      };
    }
    case 'year':
      return { start: dayNumber(`${String(year)}-1-1`), end: dayNumber(`${String(year + 1)}-1-1`) - 1, precision: 'year', showYear: true };
  }
}

/** A date as a sentence shows it, and as an option once one has shown it. */
interface FormattedDate {
  text: string;
  option?: string;
}

export class Verbaliser {
  /** The engine's own words in the pack's language (src/locales), English for a language without them. */
  readonly terms: EngineWords;
  private readonly joinSlot: SlotJoin | undefined;
  private readonly formats = new Map<string, Intl.DateTimeFormat>();
  /** Intl formatting is slow next to the rest of a question: each date is formatted once, as text and as an option. */
  private readonly dates = new Map<string, FormattedDate>();
  private readonly dayPatterns = new Map<string, { type: string; value: string; end: boolean; padded: boolean }[]>();
  private readonly dayNumber: Intl.NumberFormat;
  private readonly paddedDay: Intl.NumberFormat;
  private readonly gregorian: boolean;
  private readonly numberFormats = new Map<number, { format: Intl.NumberFormat; plural: Intl.PluralRules }>();
  private readonly listFormat: Intl.ListFormat;
  private scientificFormat: { format: Intl.NumberFormat; plural: Intl.PluralRules } | undefined;

  constructor(readonly lang: string) {
    const language = languageOf(lang);
    this.terms = wordsFor(ENGINE_WORDS, lang);
    // Only for the language itself: the English terms stand in for others, but "a" is a
    // preposition in Spanish or Italian.
    this.joinSlot = language === 'en' ? englishArticle : language === 'fr' ? frenchContraction : undefined;
    this.dayNumber = new Intl.NumberFormat(lang, { useGrouping: false });
    this.paddedDay = new Intl.NumberFormat(lang, { useGrouping: false, minimumIntegerDigits: 2 });
    this.gregorian = new Intl.DateTimeFormat(lang).resolvedOptions().calendar === 'gregory';
    this.listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  }

  /** A date as an option shows it: "17–19 September", "February", "2019", "Summer". */
  dateOption(span: DateSpan): string {
    const formatted = this.formatted(span);
    return (formatted.option ??= capitalise(formatted.text));
  }

  /** A date as a sentence shows it: "17–19 September", "summer". */
  date(span: DateSpan): string {
    return this.formatted(span).text;
  }

  private formatted(span: DateSpan): FormattedDate {
    const key = `${span.precision}:${String(span.start)}:${String(span.end)}:${String(span.showYear)}`;
    let formatted = this.dates.get(key);
    if (formatted === undefined) {
      formatted = { text: sameEverywhere(this.formatDate(span)) };
      this.dates.set(key, formatted);
    }
    return formatted;
  }

  private formatDate(span: DateSpan): string {
    if (span.precision === 'season') {
      const name = this.terms.seasons[span.season ?? 'summer'];
      return span.showYear ? `${name} ${isoDay(span.start).slice(0, 4)}` : name;
    }
    if (span.precision !== 'day') return this.format(span.precision, span.showYear).format(new Date(span.start * 86_400_000));
    const [year, month, day] = civilFromDays(span.start);
    const [endYear, endMonth, endDay] = civilFromDays(span.end);
    // The fast path below knows Gregorian months only.
    if (endYear !== year || endMonth !== month || !this.gregorian) {
      return this.format('day', span.showYear).formatRange(new Date(span.start * 86_400_000), new Date(span.end * 86_400_000));
    }
    // Intl lays out a month once; the days go into its pattern (formatting every date is slow).
    const single = span.end === span.start;
    const key = `${String(year)}-${String(month)}:${String(span.showYear)}:${String(single)}`;
    let pattern = this.dayPatterns.get(key);
    if (pattern === undefined) {
      const format = this.format('day', span.showYear);
      const first = new Date(daysFromCivil(year, month, 1) * 86_400_000);
      const second = new Date(daysFromCivil(year, month, 2) * 86_400_000);
      pattern = (single ? format.formatToParts(first) : format.formatRangeToParts(first, second)).map((part) => ({
        type: part.type,
        value: part.value,
        end: 'source' in part && part.source === 'endRange',
        padded: part.type === 'day' && Array.from(part.value).length === 2,
      }));
      this.dayPatterns.set(key, pattern);
    }
    return pattern.map((part) => (part.type === 'day' ? (part.padded ? this.paddedDay : this.dayNumber).format(part.end ? endDay : day) : part.value)).join('');
  }


  /** A date inside a sentence: "on 16 September", "in February". */
  datePhrase(span: DateSpan): string {
    return this.terms.datePhrase(this.date(span), span.precision, span.end !== span.start);
  }

  /**
   * A number with its unit, in the singular or plural the language gives it ("1 win",
   * "-1 degree", "0 wins"; French "0,5 mètre"). `decimals` digits are shown after the
   * point, by default all the number has: a distractor is shown with as many as its key,
   * so that 6.3 stands as 6.30 beside 6.25 and 0.0004 is never rounded to 0.
   */
  number(value: number, relation: Relation, decimals = decimalsOf(value), qualifier?: NumberQualifier): string {
    const type = relation.object;
    const scientific = outOfScale(value);
    // -0, or a negative shown as zero at these decimals, reads "0", never "-0".
    const shown = !scientific && Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
    // "About 650 million": an approximate number's digits would claim a precision it denies.
    // English only: French puts "de" before the unit (« 650 millions de personnes »).
    const compact = !scientific && qualifier !== undefined && this.lang.toLowerCase().startsWith('en') && decimals === 0 && Math.abs(value) >= 1e6 && significantDigits(value) <= 3;
    const { format, plural } = scientific ? this.scientific() : compact ? this.compact() : this.numberFormat(decimals);
    const unit = type.type === 'number' ? (plural.select(shown) === 'one' ? type.unit : (type.unitPlural ?? `${type.unit}s`)) : '';
    const text = `${sameEverywhere(format.format(shown))} ${unit}`.trim();
    return qualifier === undefined ? text : this.terms.qualified(qualifier, text);
  }

  private compactFormat: { format: Intl.NumberFormat; plural: Intl.PluralRules } | undefined;

  /** Millions and billions in words: "650 million", "2.7 billion". */
  private compact(): { format: Intl.NumberFormat; plural: Intl.PluralRules } {
    this.compactFormat ??= {
      format: new Intl.NumberFormat(this.lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }),
      plural: new Intl.PluralRules(this.lang),
    };
    return this.compactFormat;
  }

  /** Tiny and huge numbers as "1.5E-30": positional digits would run to dozens of zeros. */
  private scientific(): { format: Intl.NumberFormat; plural: Intl.PluralRules } {
    this.scientificFormat ??= {
      format: new Intl.NumberFormat(this.lang, { notation: 'scientific', maximumSignificantDigits: 6 }),
      plural: new Intl.PluralRules(this.lang, { maximumSignificantDigits: 6 }),
    };
    return this.scientificFormat;
  }

  private numberFormat(decimals: number): { format: Intl.NumberFormat; plural: Intl.PluralRules } {
    let entry = this.numberFormats.get(decimals);
    if (entry === undefined) {
      const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
      entry = { format: new Intl.NumberFormat(this.lang, digits), plural: new Intl.PluralRules(this.lang, digits) };
      this.numberFormats.set(decimals, entry);
    }
    return entry;
  }

  /** Fills a template's slots, with the language's grammar where words meet a slot. */
  fill(template: string, slots: { subject?: string; object?: string }): string {
    return fill(template, slots, this.joinSlot);
  }

  list(items: string[]): string {
    return items.length === 1 ? (items[0] as string) : this.listFormat.format(items);
  }

  private format(precision: DatePrecision, showYear: boolean): Intl.DateTimeFormat {
    const key = `${precision}:${String(showYear)}`;
    let format = this.formats.get(key);
    if (format === undefined) {
      const year = showYear ? ({ year: 'numeric' } as const) : {};
      const fields: Intl.DateTimeFormatOptions =
        precision === 'day' ? { day: 'numeric', month: 'long', ...year } : precision === 'month' ? { month: 'long', ...year } : { year: 'numeric' };
      format = new Intl.DateTimeFormat(this.lang, { ...fields, timeZone: 'UTC' });
      this.formats.set(key, format);
    }
    return format;
  }
}

/**
 * Fills `{subject}` and `{object}` in a template and capitalises the first letter.
 * `join` fixes the grammar where the text before a slot meets its value.
 */
export function fill(template: string, slots: { subject?: string; object?: string }, join?: SlotJoin): string {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    // A template is split once into its text and its slots: thousands of questions share it.
    parts = template.replace(/\s+/g, ' ').trim().split(/\{(subject|object)\}/);
    templateParts.set(template, parts);
  }
  if (join === undefined) return capitalise(parts.map((part, i) => (i % 2 === 0 ? part : (slots[part as 'subject' | 'object'] ?? ''))).join(''));
  // Settled text goes to `done` and is never read again; `tail` keeps what a join may change.
  const done: string[] = [];
  let tail = '';
  let curly = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) {
      tail += part;
      curly ||= part.includes('\u2019');
    } else {
      const value = slots[part as 'subject' | 'object'] ?? '';
      const [before, joined] = join(tail, value, curly);
      tail = before + joined;
      curly ||= joined.includes('\u2019');
    }
    if (tail.length > 2 * JOIN_TAIL) {
      done.push(tail.slice(0, tail.length - JOIN_TAIL));
      tail = tail.slice(tail.length - JOIN_TAIL);
    }
  }
  done.push(tail);
  return capitalise(done.join(''));
}
const templateParts = new Map<string, string[]>();

/**
 * Intl's spaces differ between ICU versions (Node's puts thin spaces around a range's
 * dash, a browser may not; French digit groups take U+202F or U+00A0): one kind of each,
 * so that a quiz is the same bytes in Node and in every browser (rule: reproducible).
 */
function sameEverywhere(text: string): string {
  return text.replace(/\u2009/g, ' ').replace(/\u202F/g, '\u00A0');
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Numbers too small or too large to write out digit by digit (as a reader would not). */
/** Digits of a whole number before its trailing zeros: 650,000,000 has 2. */
function significantDigits(value: number): number {
  return String(Math.abs(value)).replace(/0+$/, '').length;
}

function outOfScale(value: number): boolean {
  const size = Math.abs(value);
  return size !== 0 && (size < 1e-6 || size >= 1e15);
}

/** Digits after the point that show `value` exactly (none for a whole number; at most 20). */
export function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  for (let d = 1; d < 20; d++) if (Number(value.toFixed(d)) === value) return d;
  return 20;
}

/** "a" or "an" for a word, by its first sound (as far as spelling tells). */
function englishArticleFor(value: string): 'a' | 'an' {
  const word = /^[^\p{L}\p{N}]*([\p{L}\p{N}][\p{L}\p{N}.'-]*)/u.exec(value)?.[1] ?? '';
  if (word === '') return 'a';
  // Numbers: "an 8", "an 11", "an 18", "an 80,000".
  if (/^\d/.test(word)) return /^(8|11(?!\d)|18(?!\d)|11\d{3}(?!\d)|18\d{3}(?!\d))/.test(word.replace(/[,.]/g, '')) ? 'an' : 'a';
  // Short capitals are spelt out: "an MP", "an FBI agent", "a UN body".
  if (/^\p{Lu}{1,3}$/u.test(word.replace(/\./g, ''))) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  const lower = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(lower)) return 'an';
  if (/^(uni([^nm]|$)|use|usu|uti|ura|ure|uro|ue|eu|ewe|one([^r]|$)|once|ubiq|ufo)/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

/**
 * English: "a"/"an" before a slot agrees with the value put in it ("an owl", "a unicorn");
 * a value that brings its own article ("an apple", "the owl") replaces the template's.
 */
function englishArticle(before: string, value: string): [string, string] {
  const match = /(^|\s)(a|an)\s$/i.exec(before);
  if (match === null) return [before, value];
  const written = match[2] as string;
  const head = before.slice(0, before.length - written.length - 1);
  const capital = written.startsWith('A');
  if (/^(a|an|the)\s/i.test(value)) return [head, capital ? capitalise(value) : value];
  const article = englishArticleFor(value);
  return [`${head}${capital ? capitalise(article) : article} `, value];
}

/**
 * French: « de le » and « à le » contract (« du Bourget », « aux Jeux »), and « de » and
 * « que » elide before a vowel (« d'Antoine Dupont »), whatever the value put in the slot.
 */
function frenchContraction(before: string, value: string, curly: boolean): [string, string] {
  const article = /^(le|les)\s+(.*)$/is.exec(value);
  const preposition = /(^|\s)(de|à)\s$/i.exec(before);
  if (article !== null && preposition !== null) {
    const written = preposition[2] as string;
    const singular = article[1]?.toLowerCase() === 'le';
    const word = written.toLowerCase() === 'de' ? (singular ? 'du' : 'des') : singular ? 'au' : 'aux';
    const head = before.slice(0, before.length - written.length - 1);
    const capital = written !== written.toLowerCase();
    return [`${head}${capital ? capitalise(word) : word} `, article[2] as string];
  }
  const elided = /(^|\s)(de|que)\s$/i.exec(before);
  // Before a vowel only: an h may be aspirated (« de Hongrie », « d'Hugo »), so it stays as written.
  if (elided !== null && /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(value)) {
    const word = elided[2] as string;
    const apostrophe = curly ? '\u2019' : "'";
    return [`${before.slice(0, before.length - word.length - 1)}${word.slice(0, -1)}${apostrophe}`, value];
  }
  return [before, value];
}
