/**
 * The authoring page's model, with no DOM: an article, the pack being built from it (its
 * accepted `facts` and the candidates still in `drafts`), and pure operations that each
 * return a new workbench. The element `<fact-quiz-author>` holds one and renders it; the
 * tests drive it in Node. What the page shows of a fact (its stem and statement, its
 * problems, its yield) comes from the engine's own functions, so it is what the quiz says.
 */
import type { DateValue, DatePrecision, Entity, EntityClass, Fact, NumberQualifier, NumberValue, ObjectValue, Pack, PackProblem, Relation, RelationTemplates } from '../engine/pack.js';
import { validatePack } from '../engine/validate.js';
import { yieldReport, type FactYield } from '../engine/report.js';
import { indexPack, objectsOf } from '../engine/pack-index.js';
import { wordingOf } from '../engine/plans.js';
import { draftPack, type DraftOptions, type DraftPack } from './index.js';
import type { DraftFact } from './candidates.js';
import { slug } from './spans.js';

export const WORKBENCH_FORMAT = 'fact-quiz/workbench@1';

/** Everything the page holds: what autosave keeps and a reload restores. */
export interface Workbench {
  format: typeof WORKBENCH_FORMAT;
  /** The pack as it stands: accepted facts in `facts`, candidates in `drafts`. */
  pack: DraftPack;
  /** The texts of the sources, by file name (`Source.text`). */
  texts: Record<string, string>;
  /** Id of the source whose text the page shows, and quotes are selected in. */
  source: string;
  /** Id of the fact or candidate being edited. */
  selected?: string;
}

/** A workbench from an article's text: its candidates drafted, none accepted yet. */
export function startWorkbench(text: string, options: DraftOptions): Workbench {
  const pack = draftPack(text, options);
  const source = pack.sources[0];
  if (source === undefined) throw new Error('a draft pack has a source');
  return { format: WORKBENCH_FORMAT, pack, texts: { [source.text ?? `${source.id}.txt`]: text }, source: source.id };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A candidate as `draftPack` writes it: anything else in a pack's `drafts` is left out. */
function isDraftFact(value: unknown): value is DraftFact {
  return isRecord(value) && typeof value.id === 'string' && isRecord(value.relation) && typeof value.quote === 'string' && typeof value.at === 'number' && typeof value.source === 'string';
}

/** A workbench on an existing pack and the texts of its sources (by file name). */
export function openPack(pack: Pack, texts: Record<string, string>): Workbench {
  const copy = structuredClone(pack);
  const drafts = (copy.drafts ?? []).filter(isDraftFact);
  const first = copy.sources.find((s) => s.text !== undefined && texts[s.text] !== undefined) ?? copy.sources[0];
  return { format: WORKBENCH_FORMAT, pack: { ...copy, drafts }, texts: { ...texts }, source: first?.id ?? '' };
}

/** The text of the source shown, or '' when it is not known. */
export function articleText(bench: Workbench): string {
  const file = bench.pack.sources.find((s) => s.id === bench.source)?.text;
  return file === undefined ? '' : (bench.texts[file] ?? '');
}

/** A fresh id from `base`, unused in `taken`: `state-visit`, `state-visit-2`… */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = slug(base, 50);
  let id = stem;
  for (let n = 2; used.has(id); n++) id = `${stem}-${String(n)}`;
  return id;
}

const withPack = (bench: Workbench, pack: Partial<DraftPack>): Workbench => ({ ...bench, pack: { ...bench.pack, ...pack } });

export function select(bench: Workbench, id: string | undefined): Workbench {
  const rest = { ...bench };
  delete rest.selected;
  return id === undefined ? rest : { ...rest, selected: id };
}

export function showSource(bench: Workbench, sourceId: string): Workbench {
  return bench.pack.sources.some((s) => s.id === sourceId) ? { ...bench, source: sourceId } : bench;
}

export interface AcceptOptions {
  /** An existing relation to use instead of the candidate's suggested one. */
  relation?: string;
}

/**
 * Moves a candidate to `facts`, with its suggested relation added to `relations` (under
 * a fresh id) or an existing relation the author chose. The new fact is selected.
 */
export function acceptDraft(bench: Workbench, draftId: string, options: AcceptOptions = {}): Workbench {
  const draft = bench.pack.drafts.find((d) => d.id === draftId);
  if (draft === undefined) return bench;
  let relations = bench.pack.relations;
  let relation = relations.find((r) => r.id === options.relation);
  if (relation === undefined) {
    relation = { ...structuredClone(draft.relation), id: freshId(draft.relation.id, relations.map((r) => r.id)) };
    relations = [...relations, relation];
  }
  const id = freshId(`${draft.subject ?? draft.subjectText ?? 'fact'} ${draft.kind}`, bench.pack.facts.map((f) => f.id));
  const fact: Fact = {
    id,
    subject: draft.subject ?? '',
    relation: relation.id,
    ...(draft.objects !== undefined ? { objects: structuredClone(draft.objects) } : draft.object !== undefined ? { object: structuredClone(draft.object) } : {}),
    source: draft.source,
    quote: draft.quote,
  };
  return {
    ...withPack(bench, { relations, facts: [...bench.pack.facts, fact], drafts: bench.pack.drafts.filter((d) => d.id !== draftId) }),
    selected: id,
  };
}

export function rejectDraft(bench: Workbench, draftId: string): Workbench {
  const next = withPack(bench, { drafts: bench.pack.drafts.filter((d) => d.id !== draftId) });
  return bench.selected === draftId ? select(next, undefined) : next;
}

export function removeFact(bench: Workbench, factId: string): Workbench {
  const next = withPack(bench, { facts: bench.pack.facts.filter((f) => f.id !== factId) });
  return bench.selected === factId ? select(next, undefined) : next;
}

/** Sets fields of a fact; a field set to `undefined` is removed. */
export function updateFact(bench: Workbench, factId: string, patch: Partial<Fact>): Workbench {
  return withPack(bench, { facts: bench.pack.facts.map((f) => (f.id === factId ? withoutUndefined({ ...f, ...patch }) : f)) });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The shown article's words from `start` to `end`, in either order, without white space at either end. */
function selectedWords(bench: Workbench, start: number, end: number): string {
  return articleText(bench).slice(Math.max(0, Math.min(start, end)), Math.max(start, end)).trim();
}

/**
 * Sets a fact's quote to the words from `start` to `end` of the shown article (white
 * space at either end left out): verbatim by construction, from the source shown.
 */
export function setQuote(bench: Workbench, factId: string, start: number, end: number): Workbench {
  const quote = selectedWords(bench, start, end);
  if (quote === '') return bench;
  return updateFact(bench, factId, { quote, source: bench.source });
}

/**
 * Sets a fact's quote to the article's own words that `typed` matches, found in the shown
 * article ignoring case and runs of white space: a way to set a quote without selecting,
 * still verbatim by construction. Undefined when the article has no such words.
 */
export function quoteFromWords(bench: Workbench, factId: string, typed: string): Workbench | undefined {
  const words = typed.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const found = new RegExp(escaped.join('\\s+'), 'iu').exec(articleText(bench));
  return found === null ? undefined : setQuote(bench, factId, found.index, found.index + found[0].length);
}

/** The object of a fact: one value (`object`), or several (`objects`). */
export function setObjects(bench: Workbench, factId: string, values: ObjectValue[]): Workbench {
  return updateFact(bench, factId, values.length === 1 ? { object: values[0], objects: undefined } : { objects: values, object: undefined });
}

/** Sets (or, with undefined, removes) the lowest or highest wrong number a fact may be offered. */
export function setNumberBound(bench: Workbench, factId: string, key: 'min' | 'max', value: number | undefined): Workbench {
  const fact = bench.pack.facts.find((f) => f.id === factId);
  if (fact === undefined) return bench;
  const bounds = withoutUndefined({ ...fact.bounds, [key]: value });
  return updateFact(bench, factId, { bounds: Object.keys(bounds).length === 0 ? undefined : bounds });
}

/** A value of the relation's object type to start from: the article's day, 0, '', the first entity of the class. */
export function blankObject(pack: Pack, relation: Relation): ObjectValue {
  const type = relation.object;
  if (type.type === 'date') return { date: pack.asOf, precision: 'day' };
  if (type.type === 'number') return 0;
  if (type.type === 'text') return '';
  const cls = type.class;
  return pack.entities.find((e) => e.class === cls || (Array.isArray(e.class) && e.class.includes(cls)))?.id ?? '';
}

/** `value` as an object of `relation`'s type: kept when it already is one, a year when a number is one, else a blank. */
function objectAs(pack: Pack, relation: Relation, value: ObjectValue): ObjectValue {
  const type = relation.object.type;
  const isDate = typeof value === 'object' && 'date' in value;
  const isNumber = typeof value === 'number' || (typeof value === 'object' && 'value' in value);
  if (type === 'date' && isDate) return value;
  if (type === 'number' && isNumber) return value;
  if ((type === 'text' || type === 'entity') && typeof value === 'string') return type === 'entity' && !pack.entities.some((e) => e.id === value) ? blankObject(pack, relation) : value;
  // "the 2022 champion" drafted as a number is a year.
  if (type === 'date' && typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return { date: String(value), precision: 'year' };
  return blankObject(pack, relation);
}

/**
 * Changes what a relation's objects are (entity, date, number, text): the facts of the
 * relation get objects of the new type, converted where they can be, so that no fact is
 * left holding a number where a date is now expected.
 */
export function setObjectType(bench: Workbench, relationId: string, object: Relation['object']): Workbench {
  const next = updateRelation(bench, relationId, { object });
  const relation = next.pack.relations.find((r) => r.id === relationId);
  if (relation === undefined) return bench;
  const convert = (f: Fact): Fact => {
    if (f.relation !== relationId) return f;
    const values = objectsOf(f).map((v) => objectAs(next.pack, relation, v));
    return withoutUndefined({ ...f, ...(f.objects === undefined ? { object: values[0] ?? blankObject(next.pack, relation) } : { objects: values }), ...(object.type === 'number' ? {} : { bounds: undefined }) });
  };
  return withPack(next, { facts: next.pack.facts.map(convert) });
}

/**
 * A fact the draft did not find, made by hand from the words selected in the article
 * (`start` to `end`, its quote): a relation of its own with blank templates to fill, an
 * entity object to choose. The new fact is selected.
 */
export function addFact(bench: Workbench, start: number, end: number): Workbench {
  const quote = selectedWords(bench, start, end);
  const relationId = freshId('fact', bench.pack.relations.map((r) => r.id));
  const relation: Relation = { id: relationId, object: { type: 'entity', class: bench.pack.classes[0]?.id ?? '' }, cardinality: 'one', templates: { question: '', statement: '' } };
  const id = freshId(quote === '' ? 'fact' : quote.split(/\s+/u).slice(0, 4).join(' '), bench.pack.facts.map((f) => f.id));
  const fact: Fact = { id, subject: '', relation: relationId, object: blankObject(bench.pack, relation), source: bench.source, quote };
  return { ...withPack(bench, { relations: [...bench.pack.relations, relation], facts: [...bench.pack.facts, fact] }), selected: id };
}

export function updateRelation(bench: Workbench, relationId: string, patch: Partial<Relation>): Workbench {
  return withPack(bench, { relations: bench.pack.relations.map((r) => (r.id === relationId ? withoutUndefined({ ...r, ...patch }) : r)) });
}

/** Sets one template of a relation; an optional template set to '' is removed. */
export function setTemplate(bench: Workbench, relationId: string, key: keyof RelationTemplates, value: string): Workbench {
  const relation = bench.pack.relations.find((r) => r.id === relationId);
  if (relation === undefined) return bench;
  const optional = key !== 'question' && key !== 'statement';
  return updateRelation(bench, relationId, { templates: withoutUndefined({ ...relation.templates, [key]: optional && value === '' ? undefined : value }) });
}

/** Adds a class (a fresh id from its label); returns the workbench and the id. */
export function addClass(bench: Workbench, label: string, parent?: string): { bench: Workbench; id: string } {
  const id = freshId(label, bench.pack.classes.map((c) => c.id));
  const entityClass: EntityClass = { id, label: label.trim(), ...(parent === undefined || parent === '' ? {} : { parent }) };
  return { bench: withPack(bench, { classes: [...bench.pack.classes, entityClass] }), id };
}

/** Adds an entity (a fresh id from its label); returns the workbench and the id. */
export function addEntity(bench: Workbench, label: string, classId: string): { bench: Workbench; id: string } {
  const id = freshId(label, bench.pack.entities.map((e) => e.id));
  const entity: Entity = { id, label: label.trim(), class: classId };
  return { bench: withPack(bench, { entities: [...bench.pack.entities, entity] }), id };
}

export function updateEntity(bench: Workbench, entityId: string, patch: Partial<Entity>): Workbench {
  return withPack(bench, { entities: bench.pack.entities.map((e) => (e.id === entityId ? withoutUndefined({ ...e, ...patch }) : e)) });
}

export function updatePackInfo(bench: Workbench, patch: Partial<Pick<Pack, 'id' | 'title' | 'asOf' | 'lang' | 'description'>>): Workbench {
  return withPack(bench, withoutUndefined(patch));
}

// ---- typed objects, from the fields of a form ----

export interface DateFields {
  /** `YYYY-MM-DD`; cut to the precision (`2025-09` for a month). */
  date: string;
  precision: DatePrecision;
  /** Last day of a range of days. */
  end?: string;
  season?: DateValue['season'];
  inferredYear?: boolean;
}

const PRECISION_LENGTH: Record<DatePrecision, number> = { day: 10, month: 7, season: 4, year: 4 };

/** A date value from its fields, at its precision. */
export function dateValue(fields: DateFields): DateValue {
  const date = fields.date.trim().slice(0, PRECISION_LENGTH[fields.precision]);
  const end = fields.end?.trim() ?? '';
  return {
    date,
    precision: fields.precision,
    ...(fields.precision === 'day' && end !== '' && end !== date ? { end } : {}),
    ...(fields.precision === 'season' ? { season: fields.season ?? 'summer' } : {}),
    ...(fields.inferredYear === true && fields.precision !== 'year' ? { inferredYear: true } : {}),
  };
}

export interface NumberFields {
  value: number;
  /** '' or undefined: the number is exact. */
  qualifier?: NumberQualifier | '';
  /** For `about`: how far the true value may be. */
  tolerance?: number;
}

/** A number as a pack writes it: bare when exact, else with its qualifier. */
export function numberValue(fields: NumberFields): number | NumberValue {
  if (fields.qualifier === undefined || fields.qualifier === '') return fields.value;
  const tolerance = fields.qualifier === 'about' && fields.tolerance !== undefined && Number.isFinite(fields.tolerance) ? { tolerance: fields.tolerance } : {};
  return { value: fields.value, qualifier: fields.qualifier, ...tolerance };
}

// ---- what the quiz will say ----

export interface Wording {
  /** The forward question: "When will Donald Trump arrive?" */
  stem: string;
  /** The fact as a sentence, as explanations and true/false items give it. */
  statement: string;
}

const SUBJECT_PLACEHOLDER = '[subject]';

/**
 * The stem and statement of a fact under a relation, worded by the engine. Entities the
 * pack does not have yet (a subject still to pick) read as their id, or `[subject]`.
 */
export function wordingFor(pack: Pack, fact: Fact, relation: Relation): Wording {
  const known = new Set(pack.entities.map((e) => e.id));
  const objects = relation.object.type === 'entity' ? objectsOf(fact).filter((o): o is string => typeof o === 'string') : [];
  const missing = [...new Set([fact.subject, ...objects])].filter((id) => !known.has(id));
  const stand: Entity[] = missing.map((id) => ({ id, label: id === '' ? SUBJECT_PLACEHOLDER : id, class: [] }));
  const words: Pack = { ...pack, entities: [...pack.entities, ...stand], relations: [relation], facts: [fact], drafts: [] };
  try {
    return wordingOf(indexPack(words), fact);
  } catch {
    // A value half typed (a date that is not one yet) has no wording until it is complete.
    return { stem: '', statement: '' };
  }
}

/** A candidate as the fact it would be, for its wording. */
function draftAsFact(draft: DraftFact): Fact {
  return {
    id: draft.id,
    subject: draft.subject ?? '',
    relation: draft.relation.id,
    ...(draft.objects !== undefined ? { objects: draft.objects } : draft.object !== undefined ? { object: draft.object } : {}),
    source: draft.source,
    quote: draft.quote,
  };
}

/** The wording of a fact or a candidate of the workbench, by id. */
export function wording(bench: Workbench, id: string): Wording | undefined {
  const fact = bench.pack.facts.find((f) => f.id === id);
  if (fact !== undefined) {
    const relation = bench.pack.relations.find((r) => r.id === fact.relation);
    return relation === undefined ? undefined : wordingFor(bench.pack, fact, relation);
  }
  const draft = bench.pack.drafts.find((d) => d.id === id);
  if (draft === undefined) return undefined;
  const words = wordingFor(bench.pack, draftAsFact(draft), draft.relation);
  // A candidate's subject may be words of the article rather than an entity.
  if (draft.subject === undefined && draft.subjectText !== undefined) {
    return { stem: words.stem.replace(SUBJECT_PLACEHOLDER, draft.subjectText), statement: words.statement.replace(SUBJECT_PLACEHOLDER, draft.subjectText) };
  }
  return words;
}

// ---- problems, each placed at the part of the page it belongs to ----

export type PartKind = 'fact' | 'relation' | 'entity' | 'class' | 'source' | 'pack';

/** A validation problem, with the part of the pack it is about and the field in it. */
export type PlacedProblem = PackProblem & {
  part: PartKind;
  /** Id of the fact, relation, entity, class or source; '' for the pack itself. */
  id: string;
  /** The field: `quote`, `object`, `templates.question`…; '' for the part as a whole. */
  field: string;
};

const LISTS: Record<string, PartKind> = { facts: 'fact', relations: 'relation', entities: 'entity', classes: 'class', sources: 'source' };

/** `facts[3].objects[1]` → the fact's `objects`; `relations[0].templates.question` → `templates.question`. */
function place(pack: Pack, path: string): Pick<PlacedProblem, 'part' | 'id' | 'field'> {
  const match = /^(facts|relations|entities|classes|sources)\[(\d+)\](?:\.(.*))?$/u.exec(path);
  if (match === null) return { part: 'pack', id: '', field: path };
  const [, list = '', index = '0', rest = ''] = match;
  const items = pack[list as 'facts'] as { id?: unknown }[];
  const item = items[Number(index)];
  const id = typeof item?.id === 'string' ? item.id : '';
  const segments = rest.split('.').map((s) => s.replace(/\[\d+\]$/u, ''));
  const field = segments[0] === 'templates' && segments[1] !== undefined ? `templates.${segments[1]}` : (segments[0] ?? '');
  return { part: LISTS[list] ?? 'pack', id, field };
}

/** The pack without its candidates: what is saved and played. */
export function packOf(bench: Workbench): Pack {
  const pack: Pack = { ...bench.pack };
  delete pack.drafts;
  return pack;
}

const textsReader = (bench: Workbench) => (file: string): string | undefined => bench.texts[file];

/** Every problem `validatePack` finds in the pack (quotes checked against the texts), placed. */
export function problemsOf(bench: Workbench): PlacedProblem[] {
  const result = validatePack(packOf(bench), { sourceText: textsReader(bench) });
  return result.ok ? [] : result.problems.map((p) => ({ ...p, ...place(bench.pack, p.path) }));
}

/** The problems of one part, or of one field of it. */
export function problemsAt(problems: readonly PlacedProblem[], part: PartKind, id: string, field?: string): PlacedProblem[] {
  return problems.filter((p) => p.part === part && p.id === id && (field === undefined || p.field === field));
}

export interface Playable {
  /** The valid pack of every accepted fact that has no problem. */
  pack: Pack;
  /** Facts left out of it for their problems (or their relation's). */
  left: string[];
}

/**
 * The pack as it stands, for the preview: the accepted facts, less those with a problem;
 * undefined when no fact is left or the rest of the pack is not valid.
 */
export function playablePack(bench: Workbench, problems: readonly PlacedProblem[] = problemsOf(bench)): Playable | undefined {
  const pack = packOf(bench);
  const badRelations = new Set(problems.filter((p) => p.part === 'relation').map((p) => p.id));
  const bad = new Set(problems.filter((p) => p.part === 'fact').map((p) => p.id));
  for (const f of pack.facts) if (badRelations.has(f.relation)) bad.add(f.id);
  const facts = pack.facts.filter((f) => !bad.has(f.id));
  if (facts.length === 0) return undefined;
  const used = new Set(facts.map((f) => f.relation));
  const trimmed: Pack = { ...pack, facts, relations: pack.relations.filter((r) => used.has(r.id)) };
  const result = validatePack(trimmed, { sourceText: textsReader(bench) });
  return result.ok ? { pack: result.pack, left: [...bad] } : undefined;
}

/** The yield report of each playable fact, by its id. */
export function yieldsOf(playable: Playable | undefined): Map<string, FactYield> {
  if (playable === undefined) return new Map();
  return new Map(yieldReport(playable.pack).facts.map((f) => [f.fact, f]));
}

// ---- where the article is highlighted ----

export interface Mark {
  start: number;
  end: number;
  /** A candidate's quote, or an accepted fact's. */
  kind: 'draft' | 'fact';
  id: string;
}

/** The quotes of the shown source's candidates and facts, as places in its text, in order. */
export function marksOf(bench: Workbench): Mark[] {
  const text = articleText(bench);
  const marks: Mark[] = [];
  for (const d of bench.pack.drafts) {
    if (d.source === bench.source && text.slice(d.at, d.at + d.quote.length) === d.quote) marks.push({ start: d.at, end: d.at + d.quote.length, kind: 'draft', id: d.id });
  }
  for (const f of bench.pack.facts) {
    const at = f.source === bench.source && f.quote !== '' ? text.indexOf(f.quote) : -1;
    if (at >= 0) marks.push({ start: at, end: at + f.quote.length, kind: 'fact', id: f.id });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface Segment {
  text: string;
  /** The marks over this stretch of text (several where quotes overlap). */
  marks: Mark[];
}

/** The text cut where marks start and end: each stretch with the marks over it. */
export function segmentsOf(text: string, marks: readonly Mark[]): Segment[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    segments.push({ text: text.slice(start, end), marks: marks.filter((m) => m.start <= start && end <= m.end) });
  }
  return segments;
}

// ---- autosave and the files to save ----

/**
 * A JSON value that has a pack's lists, to open and edit: whether it is valid is what the
 * page then shows, problem by problem.
 */
export function packFromJson(value: unknown): Pack | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.title !== 'string') return undefined;
  return ['sources', 'classes', 'entities', 'relations', 'facts'].every((key) => Array.isArray(value[key])) ? (value as unknown as Pack) : undefined;
}

/** The workbench as a string for `localStorage`. */
export function serialise(bench: Workbench): string {
  return JSON.stringify(bench);
}

/** A workbench from `serialise`'s string; undefined for anything else. */
export function restore(saved: string | null | undefined): Workbench | undefined {
  if (saved === null || saved === undefined || saved === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.format !== WORKBENCH_FORMAT || !isRecord(value.pack) || !isRecord(value.texts) || typeof value.source !== 'string') return undefined;
  const pack = packFromJson(value.pack);
  if (pack === undefined || !Object.values(value.texts).every((t) => typeof t === 'string')) return undefined;
  const bench = openPack(pack, value.texts as Record<string, string>);
  return { ...bench, source: value.source, ...(typeof value.selected === 'string' ? { selected: value.selected } : {}) };
}

export interface SavedFile {
  name: string;
  type: string;
  text: string;
}

/**
 * The files to save: the pack (`<pack id>.json`, each source naming its text
 * `<source id>.txt`, candidates not yet reviewed kept in `drafts`) and each source's text,
 * to go in a `sources/` folder beside the pack.
 */
export function filesToSave(bench: Workbench): SavedFile[] {
  const texts: SavedFile[] = [];
  const sources = bench.pack.sources.map((s) => {
    const text = s.text === undefined ? undefined : bench.texts[s.text];
    if (text === undefined) return s;
    texts.push({ name: `${s.id}.txt`, type: 'text/plain', text });
    return { ...s, text: `${s.id}.txt` };
  });
  const { drafts, ...rest } = bench.pack;
  const pack = { ...rest, sources, ...(drafts.length > 0 ? { drafts } : {}) };
  return [{ name: `${bench.pack.id}.json`, type: 'application/json', text: `${JSON.stringify(pack, null, 2)}\n` }, ...texts];
}
