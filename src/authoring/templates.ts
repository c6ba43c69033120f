/**
 * A suggested relation for a candidate: its object type and the question and statement
 * templates, written from the clause that states the fact. The clause with the object
 * cut out becomes the question ("Who will {subject} be accompanied by?"), and with the
 * object and subject replaced by slots it becomes the statement, so the wording stays
 * the article's. A person reviews and edits both before the draft becomes a fact.
 */
import nlp from 'compromise';
import type { ObjectType, RelationTemplates } from '../engine/pack.js';
import type { Span } from './spans.js';

/** What the question asks for: the wh-words of each object type. */
export function askingWords(type: ObjectType, entityClass?: string): string {
  if (type.type === 'date') return 'When';
  if (type.type === 'number') return `How many ${type.unitPlural ?? `${type.unit}s`}`;
  if (type.type === 'text') return 'What';
  return entityClass === 'person' ? 'Who' : `Which ${entityClass ?? 'one'}`;
}

const AUX = /(?:^|\s)(will|would|can|could|should|may|might|must|has|have|had|is|are|was|were|did|does|do)\b/iu;
/** Longest template the validator takes, less room for the wh-words. */
const MAX_TEMPLATE = 400;
/**
 * Past this many words a template made from the clause is most of a news sentence, which
 * an author would cut down word by word: the short generic wording is quicker to edit.
 */
const MAX_TEMPLATE_WORDS = 18;
const wordCount = (template: string): number => template.split(/\s+/u).filter((w) => w !== '').length;

/** The article's words from `from` to `to`, without braces (they would read as slots). */
function words(text: string, from: number, to: number): string {
  return text.slice(from, to).replace(/[{}]/gu, '');
}

/** One line, single spaces, no space before punctuation that the slots left behind. */
const tidy = (s: string): string => s.replace(/\s+/gu, ' ').replace(/\s+([,.;:?!])/gu, '$1').replace(/([,;:])(?=[,;:.?])/gu, '').trim();

const sentence = (s: string): string => {
  const trimmed = tidy(s).replace(/[\s,;:–—]+$/u, '').replace(/[.!?]+$/u, '');
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
};
const question = (s: string): string => `${tidy(s).replace(/[\s,;:.!?–—“”"]+$/u, '')}?`;

/**
 * A question asking for what follows the subject: the auxiliary moves before it ("When
 * was {subject}’s last state visit?"), or "did"/"does" comes with the verb's base form.
 */
function inverted(wh: string, rest: string): string {
  const aux = AUX.exec(rest);
  if (aux !== null) {
    const at = aux.index + aux[0].length - (aux[1] ?? '').length;
    return `${wh} ${(aux[1] ?? '').toLowerCase()} {subject}${rest.slice(0, at).trimEnd()} ${rest.slice(at + (aux[1] ?? '').length)}`;
  }
  const verb = nlp(rest).verbs().first();
  if (!verb.found) return `${wh} does {subject}${rest}`;
  const written = verb.text();
  const base = nlp(written).verbs().toInfinitive().text() || written;
  return `${wh} ${verb.has('#PastTense') ? 'did' : 'does'} {subject}${rest.replace(written, base)}`;
}

/** Templates that name no words of the clause: when the clause names no subject. */
function generic(type: ObjectType, wh: string, future: boolean): RelationTemplates {
  if (type.type === 'date') {
    return future
      ? { question: 'When will {subject} take place?', statement: '{subject} will take place {object}.', event: '{subject}' }
      : { question: 'When did {subject} take place?', statement: '{subject} took place {object}.', event: '{subject}' };
  }
  if (type.type === 'number') return { question: `${wh} did {subject} have?`, statement: '{subject} had {object}.' };
  return { question: `${wh} is linked to {subject}?`, statement: '{subject}: {object}.' };
}

/**
 * Question and statement templates from `clause`, with `object` (where the object is
 * written) and `subject` (where the subject is written, if the clause names it).
 */
export function templatesFrom(text: string, clause: Span, object: Span, subject: Span | undefined, type: ObjectType, entityClass?: string): RelationTemplates {
  const wh = askingWords(type, entityClass);
  const future = /\b(will|shall|expected|set to|due to|scheduled)\b/iu.test(clause.text);
  const made = clauseTemplates(text, clause, object, subject, type, wh, future);
  // A question or statement that is most of a news sentence gives way to the short generic one.
  const fallback = generic(type, wh, future);
  const short = (template: string, instead: string): string => (wordCount(template) > MAX_TEMPLATE_WORDS ? instead : template);
  return { ...made, question: short(made.question, fallback.question), statement: short(made.statement, fallback.statement) };
}

function clauseTemplates(text: string, clause: Span, object: Span, subject: Span | undefined, type: ObjectType, wh: string, future: boolean): RelationTemplates {
  if (subject === undefined || subject.start < clause.start || subject.end > clause.end) return generic(type, wh, future);
  const slot = (from: number, to: number): string => {
    // The clause from `from` to `to`, with the subject as {subject}.
    if (subject.end <= from || subject.start >= to) return words(text, from, to);
    return `${words(text, from, subject.start)}{subject}${words(text, subject.end, to)}`;
  };
  const statement = sentence(`${slot(clause.start, object.start)}{object}${slot(object.end, clause.end)}`);
  const after = words(text, object.end, clause.end);
  // A possessive object ("Trump’s predecessors") or an aside after it makes no question of the clause.
  if (/^[’']s\b/u.test(after)) return { ...generic(type, wh, future), statement };
  const tail = /^\s*[,;:(–—]/u.test(after) ? '' : after;
  // The object opens the clause ("President Macron is …"): the question asks for the clause's subject.
  const objectFirst = /^(the\s+)?$/iu.test(words(text, clause.start, object.start).trim());
  // "open the {object}" asks "Which place will {subject} open?": the object's article goes with it.
  const between = words(text, subject.end, object.start).replace(/\s+(the|a|an)\s*$/iu, ' ');
  if ((object.start < subject.start && !objectFirst) || (object.start > subject.start && between.trim() === '')) return { ...generic(type, wh, future), statement };
  const asked = object.start < subject.start
    ? `${wh} ${slot(object.end, clause.end)}` // the object is the clause's subject: "Who is the most recent leader to address {subject}?"
    : `${inverted(wh, between)}${tail}`;
  const templates: RelationTemplates = { question: question(asked), statement };
  if (type.type === 'date') templates.event = '{subject}';
  if (templates.question.length > MAX_TEMPLATE || templates.statement.length > MAX_TEMPLATE) return generic(type, wh, future);
  return templates;
}
