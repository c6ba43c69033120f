/**
 * How much of the built-in pack `fact-quiz draft` finds by itself: the draft of each
 * state-visit article against questions/state-visit.json. A pack fact is recalled when
 * one candidate has its object and a quote in the same sentence as the fact's quote.
 * Objects are compared by type: dates by day, precision and range (a relative date the
 * author resolved with outside knowledge, "last week", also by its words), numbers by
 * value, entities by name (the pack's label or an alias and the candidate's share all the
 * words of the shorter, titles aside: "the King" is King Charles), several entities all
 * in one candidate, texts when one contains the other.
 * `node --import tsx test/bench/draft-recall.ts` prints the figures and what was missed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftPack, sentencesOf, type DraftFact } from '../../src/authoring/index.js';
import type { DateValue, Entity, ObjectValue, Pack } from '../../src/engine/pack.js';

/** The day each article was published: the pack's own resolutions ("this morning", "Thursday") say so. */
export const ARTICLE_DATES: Record<string, string> = {
  'times-state-visit-confirmed.txt': '2025-07-14',
  'pa-white-house-invitation.txt': '2025-02-27',
};

export type ObjectKind = 'date' | 'number' | 'entity' | 'text';

export interface Recall {
  byType: Record<ObjectKind, { facts: number; found: number; missed: string[] }>;
  candidates: number;
  /** Candidates that are one of the pack's facts (object and sentence): a floor for precision. */
  matchingCandidates: number;
  drafts: { source: string; text: string; drafts: DraftFact[]; entities: Entity[] }[];
}

const HONORIFIC = /^(mr|mrs|ms|dr|sir|dame|the|late|lord)$/u;
const tokens = (name: string): string[] => name.toLowerCase().replace(/[’']s\b/gu, '').split(/[^\p{L}\d]+/u).filter((w) => w !== '' && !HONORIFIC.test(w));

function sameName(a: string, b: string): boolean {
  const [x, y] = [tokens(a), tokens(b)];
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

const namesOf = (e: Entity | undefined): string[] => (e === undefined ? [] : [e.label, ...(e.aliases ?? [])]);

/** Curly quotes folded, one character for one, so offsets in the folded text are offsets in the text. */
const fold = (s: string): string => s.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').toLowerCase();

/** Where a pack quote starts in the text: its first part before any "…". */
function quoteOffset(text: string, quote: string): number {
  const first = quote.split(/…|\.\.\./u)[0]?.trim() ?? quote;
  return fold(text).indexOf(fold(first));
}

function sameDate(fact: DateValue, candidate: DateValue): boolean {
  if (fact.asWritten !== undefined && candidate.asWritten?.toLowerCase() === fact.asWritten.toLowerCase()) return true;
  return fact.date === candidate.date && fact.precision === candidate.precision && (fact.end ?? '') === (candidate.end ?? '');
}

const numberOf = (v: ObjectValue | undefined): number | undefined => (typeof v === 'number' ? v : typeof v === 'object' && 'value' in v ? v.value : undefined);

/** Does `candidate` state the object(s) of the pack fact? */
function sameObjects(kind: ObjectKind, factObjects: ObjectValue[], candidate: DraftFact, pack: Pack, draftEntities: Entity[]): boolean {
  const objects = candidate.objects ?? (candidate.object === undefined ? [] : [candidate.object]);
  if (kind === 'date') return candidate.relation.object.type === 'date' && factObjects.every((f) => objects.some((o) => sameDate(f as DateValue, o as DateValue)));
  if (kind === 'number') return candidate.relation.object.type === 'number' && factObjects.every((f) => objects.some((o) => numberOf(o) === numberOf(f)));
  if (kind === 'text') {
    const texts = factObjects.filter((f): f is string => typeof f === 'string').map((f) => fold(f).replace(/^(a|an|the) /u, ''));
    return candidate.relation.object.type === 'text' && texts.length === factObjects.length && texts.every((f) => objects.some((o) => typeof o === 'string' && (fold(o).includes(f) || f.includes(fold(o)))));
  }
  if (candidate.relation.object.type !== 'entity') return false;
  return factObjects.every((f) => {
    const names = namesOf(pack.entities.find((e) => e.id === f));
    return objects.some((o) => namesOf(draftEntities.find((e) => e.id === o)).some((n) => names.some((m) => sameName(n, m))));
  });
}

/** Drafts both articles and compares them with the pack. */
export function measureRecall(pack: Pack = JSON.parse(readFileSync('questions/state-visit.json', 'utf8')) as Pack): Recall {
  const recall: Recall = {
    byType: { date: { facts: 0, found: 0, missed: [] }, number: { facts: 0, found: 0, missed: [] }, entity: { facts: 0, found: 0, missed: [] }, text: { facts: 0, found: 0, missed: [] } },
    candidates: 0,
    matchingCandidates: 0,
    drafts: [],
  };
  const matching = new Set<DraftFact>();
  for (const source of pack.sources) {
    const file = source.text ?? '';
    const text = readFileSync(`questions/sources/${file}`, 'utf8');
    const drafted = draftPack(text, { date: ARTICLE_DATES[file] ?? pack.asOf, title: source.title, sourceId: source.id });
    recall.drafts.push({ source: source.id, text, drafts: drafted.drafts, entities: drafted.entities });
    recall.candidates += drafted.drafts.length;
    const sentences = sentencesOf(text);
    const sentenceOf = (at: number): number => sentences.findIndex((s) => s.start <= at && at < s.end);
    for (const fact of pack.facts.filter((f) => f.source === source.id)) {
      const kind = pack.relations.find((r) => r.id === fact.relation)?.object.type as ObjectKind;
      const tally = recall.byType[kind];
      tally.facts++;
      const sentence = sentenceOf(quoteOffset(text, fact.quote));
      const objects = fact.objects ?? (fact.object === undefined ? [] : [fact.object]);
      const hits = drafted.drafts.filter((d) => sentenceOf(d.at) === sentence && sentence >= 0 && sameObjects(kind, objects, d, pack, drafted.entities));
      hits.forEach((d) => matching.add(d));
      if (hits.length > 0) tally.found++;
      else tally.missed.push(fact.id);
    }
  }
  recall.matchingCandidates = matching.size;
  return recall;
}

const percent = (n: number, of: number): string => `${(of === 0 ? 0 : (100 * n) / of).toFixed(0)}%`;

export function formatRecall(recall: Recall): string {
  const lines = Object.entries(recall.byType).map(([kind, t]) => `${kind.padEnd(7)} ${String(t.found).padStart(3)}/${String(t.facts).padEnd(3)} ${percent(t.found, t.facts).padStart(4)}  missed: ${t.missed.join(', ') || '-'}`);
  const all = Object.values(recall.byType).reduce((a, t) => ({ facts: a.facts + t.facts, found: a.found + t.found }), { facts: 0, found: 0 });
  lines.push(`all     ${String(all.found).padStart(3)}/${String(all.facts).padEnd(3)} ${percent(all.found, all.facts).padStart(4)}`);
  lines.push(`candidates ${String(recall.candidates)}, of which ${String(recall.matchingCandidates)} (${percent(recall.matchingCandidates, recall.candidates)}) are facts of the built-in pack`);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatRecall(measureRecall()));
}
