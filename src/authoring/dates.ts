/**
 * Every date an article states, resolved against the day it was written: chrono-node
 * reads the expressions ("on Friday", "last week", "September 17"), and the forms it
 * does not know are read here: day ranges ("September 17 and 19"), seasons ("this
 * summer") and bare years ("in 2019").
 */
import * as chrono from 'chrono-node';
import type { DateValue } from '../engine/pack.js';

export type DraftLanguage = 'en' | 'fr';

/** A date found in the text: where it is written, and its value. */
export interface FoundDate {
  start: number;
  end: number;
  value: DateValue;
}

/** A date found, with the article's day it was resolved against. */
type Resolved = FoundDate & { asOf: string };

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${String(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

// Month names and numbers make an expression absolute; anything else ("Friday", "last
// week", "this morning") is relative, and keeps the article's words in `asWritten`.
const ABSOLUTE = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)/iu;
const WRITTEN_YEAR = /\b\d{4}\b/u;
const RANGE_END = /^\s*(?:and|to|until|till|-|–|et|au)\s*(\d{1,2})(?:st|nd|rd|th)?\b/iu;

/** Day, month or year: what the words fix ("last month" a month, "last week" a day within it). */
function precisionOf(start: chrono.ParsedComponents, written: string): 'day' | 'month' | 'year' {
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (!ABSOLUTE.test(written)) return /\byears?\b|\bans?\b|année/iu.test(written) ? 'year' : /\bmonths?\b|mois/iu.test(written) ? 'month' : 'day';
  return start.isCertain('month') ? 'month' : 'year';
}

/** What chrono found, as a pack date. */
function fromChrono(result: chrono.ParsedResult, text: string): FoundDate | undefined {
  const start = result.start;
  // "now" dates nothing a reader could be asked about.
  if (/^(right )?now$|^maintenant$/iu.test(result.text.trim())) return undefined;
  // "80 hours later" is a duration with a number in it, not a day a reader could be asked.
  if (/\b(hours?|minutes?|seconds?|heures?)\b/iu.test(result.text)) return undefined;
  if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('month') && !start.isCertain('year') && !/morning|afternoon|evening|today|tonight|yesterday|tomorrow|aujourd|hier|demain|matin|soir/iu.test(result.text)) return undefined;
  const written = result.text.replace(/[\s,.;:]+$/u, '');
  const date = start.date();
  const precision = precisionOf(start, written);
  const iso = isoDay(date);
  const value: DateValue = { date: precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4), precision };
  const end = rangeEnd(result, text, date);
  if (precision === 'day' && end !== undefined) value.end = end;
  if (!WRITTEN_YEAR.test(written)) value.inferredYear = true;
  if (!ABSOLUTE.test(written)) value.asWritten = written.replace(/^(on|in|at|le|en)\s+/iu, '');
  return { start: result.index, end: result.index + written.length, value };
}

/** The last day of a range: chrono's own end, or "September 17 and 19" read here. */
function rangeEnd(result: chrono.ParsedResult, text: string, start: Date): string | undefined {
  if (result.end?.isCertain('day') === true) return isoDay(result.end.date());
  const after = RANGE_END.exec(text.slice(result.index + result.text.length));
  const last = Number(after?.[1]);
  if (!Number.isInteger(last) || last <= start.getUTCDate() || last > 31) return undefined;
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), last));
  return end.getUTCMonth() === start.getUTCMonth() ? isoDay(end) : undefined;
}

/** How far "September 17 and 19" reaches: chrono's span stops at 17. */
function withRangeText(found: FoundDate, text: string): FoundDate {
  if (found.value.end === undefined) return found;
  const after = RANGE_END.exec(text.slice(found.end));
  return after === null ? found : { ...found, end: found.end + after[0].length };
}

const SEASONS: Record<string, NonNullable<DateValue['season']>> = {
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
  printemps: 'spring', été: 'summer', automne: 'autumn', hiver: 'winter',
};
/** The month each season starts in, to tell "last summer" from this one. */
const SEASON_START = { spring: 3, summer: 6, autumn: 9, winter: 12 } as const;
const SEASON = /\b(this|last|next|cet|cette|l'|le|ce)?\s*(spring|summer|autumn|fall|winter|printemps|été|automne|hiver)(?:\s+(?:of\s+)?(\d{4}))?\b/giu;

/** "this summer", "last winter", "autumn 2024": a season, its year from the article's date when not written. */
function seasons(text: string, asOf: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(SEASON)) {
    const season = SEASONS[(m[2] ?? '').toLowerCase()];
    if (season === undefined) continue;
    const which = (m[1] ?? '').toLowerCase();
    let year = asOf.getUTCFullYear();
    if (m[3] !== undefined) year = Number(m[3]);
    else if (which === 'last') year -= asOf.getUTCMonth() + 1 >= SEASON_START[season] ? 0 : 1;
    else if (which === 'next') year += asOf.getUTCMonth() + 1 < SEASON_START[season] ? 0 : 1;
    else if (which === '') continue; // "summer" alone is often not a date ("summer school")
    const written = m[0].trim();
    const value: DateValue = { date: String(year), precision: 'season', season };
    if (m[3] === undefined) Object.assign(value, { inferredYear: true, asWritten: written });
    found.push({ start: m.index + m[0].indexOf(written), end: m.index + m[0].length, value });
  }
  return found;
}

const YEAR = /\b(?:in|since|by|until|from|of|during|before|after|en|depuis)\s+((?:1[5-9]|20)\d\d)\b/giu;

/** "in 2019": a year, which chrono leaves alone. */
function years(text: string): FoundDate[] {
  return [...text.matchAll(YEAR)].map((m) => {
    const year = m[1] as string;
    const start = m.index + m[0].length - year.length;
    return { start, end: start + year.length, value: { date: year, precision: 'year' } };
  });
}

// Words of the sentence before a date that say it is to come, or that it has passed.
const FUTURE = /\b(will|shall|set (for|to)|expected|scheduled|due|plans?|to be held|upcoming|next|va|sera|prévu)\b/iu;
const PAST = /\b(was|were|had|did|ago|earlier|previously|a été|était)\b/iu;

/**
 * chrono takes the nearest September or Friday; the sentence's tense says which: "the vote
 * is set for September 17" in March is this year's, "was delivered in February" in July too.
 */
function byTense(found: Resolved, text: string): Resolved {
  const value = found.value;
  if (value.inferredYear !== true || value.asWritten !== undefined && !/day$/iu.test(value.asWritten)) return found;
  const sentenceStart = Math.max(text.lastIndexOf('.', found.start), text.lastIndexOf('\n', found.start)) + 1;
  const before = text.slice(sentenceStart, found.start);
  const isWeekday = value.asWritten !== undefined;
  const shift = FUTURE.test(before) && !PAST.test(before) ? 1 : PAST.test(before) && !FUTURE.test(before) ? -1 : 0;
  if (shift === 0) return found;
  const asOf = found.asOf;
  const compare = value.date.localeCompare(asOf.slice(0, value.date.length));
  if ((shift === 1 && compare >= 0) || (shift === -1 && compare <= 0)) return found;
  return { ...found, value: isWeekday ? moveDays(value, shift * 7) : moveYears(value, shift) };
}

function moveYears(value: DateValue, years: number): DateValue {
  const year = (iso: string): string => `${String(Number(iso.slice(0, 4)) + years)}${iso.slice(4)}`;
  return { ...value, date: year(value.date), ...(value.end === undefined ? {} : { end: year(value.end) }) };
}

function moveDays(value: DateValue, days: number): DateValue {
  const day = new Date(`${value.date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return { ...value, date: isoDay(day) };
}

/** Noon UTC of the article's day: weekdays and "last week" resolve the same in every time zone. */
function reference(asOf: string): Date {
  return new Date(`${asOf}T12:00:00Z`);
}

/** Every date of `text`, in order, none overlapping another (the longer wins). */
export function findDates(text: string, asOf: string, lang: DraftLanguage = 'en'): FoundDate[] {
  const instant = reference(asOf);
  const parser = lang === 'fr' ? chrono.fr : chrono;
  const fromParser = parser
    .parse(text, { instant, timezone: 0 })
    .flatMap((r) => {
      const found = fromChrono(r, text);
      return found === undefined ? [] : [byTense({ ...withRangeText(found, text), asOf }, text)];
    })
    .map(({ start, end, value }) => ({ start, end, value }));
  return withoutOverlaps([...fromParser, ...seasons(text, instant), ...years(text)]);
}

function withoutOverlaps(dates: FoundDate[]): FoundDate[] {
  const byLength = [...dates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundDate[] = [];
  for (const d of byLength) if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}
