/**
 * Turning facts into words in the pack's language: dates at their precision through
 * `Intl`, numbers with their unit, templates with their slots filled.
 */
import type { DatePrecision, DateValue, Relation } from './pack.js';
import { civilFromDays, dayNumber, daysFromCivil, isoDay } from './calendar.js';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];

/** The engine's own words, per language; English is the fallback. */
interface EngineTerms {
  true: string;
  false: string;
  trueOrFalse: (statement: string) => string;
  orderStem: string;
  firstStem: string;
  seasons: Record<Season, string>;
  /** A date inside a sentence: "on 16 September", "in 2019". */
  datePhrase: (text: string, precision: DatePrecision, isRange: boolean) => string;
  orderExplanation: (events: string[]) => string;
  firstExplanation: (event: string, date: string) => string;
}

const TERMS: Record<string, EngineTerms> = {
  en: {
    true: 'True',
    false: 'False',
    trueOrFalse: (statement) => `${statement} True or false?`,
    orderStem: 'Put these events in time order, earliest first.',
    firstStem: 'Which of these came first?',
    seasons: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
    datePhrase: (text, precision) => (precision === 'day' ? `on ${text}` : `in ${text}`),
    orderExplanation: (events) => `In time order: ${events.join('; ')}.`,
    firstExplanation: (event, date) => `${event} came first (${date}).`,
  },
  fr: {
    true: 'Vrai',
    false: 'Faux',
    trueOrFalse: (statement) => `${statement} Vrai ou faux ?`,
    orderStem: 'Remettez ces événements dans l’ordre chronologique, du plus ancien au plus récent.',
    firstStem: 'Lequel de ces événements a eu lieu en premier ?',
    seasons: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
    datePhrase: (text, precision) => (precision === 'day' ? `le ${text}` : `en ${text}`),
    orderExplanation: (events) => `Dans l’ordre : ${events.join(' ; ')}.`,
    firstExplanation: (event, date) => `${event} a eu lieu en premier (${date}).`,
  },
};

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

export class Verbaliser {
  readonly terms: EngineTerms;
  private readonly formats = new Map<string, Intl.DateTimeFormat>();
  /** Intl formatting is slow next to the rest of a question: each date is formatted once. */
  private readonly dates = new Map<string, string>();
  private readonly dayPatterns = new Map<string, { type: string; value: string; end: boolean; padded: boolean }[]>();
  private readonly dayNumber: Intl.NumberFormat;
  private readonly paddedDay: Intl.NumberFormat;
  private readonly gregorian: boolean;
  private readonly numberFormat: Intl.NumberFormat;
  private readonly listFormat: Intl.ListFormat;

  constructor(readonly lang: string) {
    this.terms = TERMS[lang.slice(0, 2).toLowerCase()] ?? (TERMS.en as EngineTerms);
    this.numberFormat = new Intl.NumberFormat(lang);
    this.dayNumber = new Intl.NumberFormat(lang, { useGrouping: false });
    this.paddedDay = new Intl.NumberFormat(lang, { useGrouping: false, minimumIntegerDigits: 2 });
    this.gregorian = new Intl.DateTimeFormat(lang).resolvedOptions().calendar === 'gregory';
    this.listFormat = new Intl.ListFormat(lang, { type: 'conjunction' });
  }

  /** A date as an option shows it: "17–19 September", "February", "2019", "Summer". */
  dateOption(span: DateSpan): string {
    return capitalise(this.date(span));
  }

  /** A date as a sentence shows it: "17–19 September", "summer". */
  date(span: DateSpan): string {
    const key = `${span.precision}:${String(span.start)}:${String(span.end)}:${String(span.showYear)}`;
    let text = this.dates.get(key);
    if (text === undefined) {
      text = this.formatDate(span);
      this.dates.set(key, text);
    }
    return text;
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

  number(value: number, relation: Relation): string {
    const type = relation.object;
    const unit = type.type === 'number' ? (value === 1 ? type.unit : (type.unitPlural ?? `${type.unit}s`)) : '';
    return `${this.numberFormat.format(value)} ${unit}`.trim();
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

/** Fills `{subject}` and `{object}` in a template and capitalises the first letter. */
export function fill(template: string, slots: { subject?: string; object?: string }): string {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    // A template is split once into its text and its slots: thousands of questions share it.
    parts = template.replace(/\s+/g, ' ').trim().split(/\{(subject|object)\}/);
    templateParts.set(template, parts);
  }
  let text = '';
  for (let i = 0; i < parts.length; i++) text += i % 2 === 0 ? (parts[i] as string) : (slots[parts[i] as 'subject' | 'object'] ?? '');
  return capitalise(text);
}
const templateParts = new Map<string, string[]>();

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
