import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuizError, generateQuiz, generateVersions, parsePack, validatePack, validateQuiz, type Pack, type PackProblem } from '../../src/engine/index.js';
import { problemMessage, type ParamsOf, type ProblemCode, type ProblemData } from '../../src/locales/problem-types.js';
import { problems as en } from '../../src/locales/en/problems.js';
import { problems as fr } from '../../src/locales/fr/problems.js';

const PACK_FILE = 'questions/state-visit.json';
const realPack = (): Pack & Record<string, unknown> => JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack & Record<string, unknown>;
const sourceText = (file: string): string | undefined => {
  try {
    return readFileSync(join('questions/sources', file), 'utf8');
  } catch {
    return undefined;
  }
};

const text = (shown: string) => ({ kind: 'text' as const, shown, cut: false, length: shown.length });
const long = { kind: 'text' as const, shown: 'Le président est arrivé', cut: true, length: 9000 };

/** Sample params for every code: a code without samples does not compile. */
const SAMPLES: { [C in ProblemCode]: ParamsOf<C>[] } = {
  invalid_type: [
    { expected: 'list', received: { kind: 'missing' } },
    { expected: 'title', received: { kind: 'number', value: 3 } },
    { expected: 'cardinality', received: text('several') },
    { expected: 'quiz-url', received: { kind: 'huge-number' } },
  ],
  invalid_enum: [{ options: ['entity', 'date', 'number', 'text'], received: { kind: 'null' } }],
  not_one_of: [{ options: ['easy', 'medium', 'hard'], received: { kind: 'boolean', value: true } }],
  root_type: [{ of: 'pack', received: { kind: 'list' } }, { of: 'quiz', received: { kind: 'other', type: 'bigint' } }],
  missing: [{ what: 'question-template' }, { what: 'statement-template' }, { what: 'closed-note' }, { what: 'source-text' }],
  unknown_key: [{ key: text('titel'), of: 'pack', allowed: ['id', 'title'] }, { key: long, of: 'templates', allowed: ['question'] }],
  forbidden_key: [{ key: '__proto__', in: 'pack' }, { key: 'constructor', in: 'quiz' }],
  too_long: [
    { length: 6000, maximum: 5000, of: 'pack-text' },
    { length: 120, maximum: 100, of: 'id' },
    { length: 300, maximum: 200, of: 'label' },
    { length: 1_000_001, maximum: 1_000_000, of: 'source-text' },
  ],
  too_many: [
    { count: 2001, maximum: 2000, of: 'facts', in: 'pack' },
    { count: 201, maximum: 200, of: 'names', in: 'list' },
    { count: 5, maximum: 4, of: 'slots', in: 'template' },
  ],
  too_deep: [{ maximum: 20, in: 'pack' }, { maximum: 20, in: 'quiz' }],
  too_large: [{ megabytes: 2, of: 'pack' }, { megabytes: 2, of: 'quiz' }],
  empty: [{ of: 'quote' }, { of: 'classes' }, { of: 'objects' }, { of: 'option-id' }],
  out_of_range: [
    { of: 'weight', value: 11, maximum: 10 },
    { of: 'tolerance', value: -1, around: 80 },
    { of: 'exact-number', value: 2 ** 60, maximum: Number.MAX_SAFE_INTEGER },
  ],
  negative_zero: [{}],
  too_many_decimals: [{ value: 0.1234567, maximum: 6 }],
  invalid_language_tag: [{ received: text('english') }],
  url_credentials: [{}],
  date_shape: [{ precision: 'day', received: text('17/09/2025') }, { precision: 'month', received: { kind: 'missing' } }],
  date_not_real: [{ date: '2025-02-30' }],
  range_end_before_start: [{ start: '2025-09-18', end: '2025-09-17' }],
  invalid_json: [
    { line: 3, column: 7, expected: ',-or-}', found: text('x') },
    { line: 1, column: 21, expected: 'closing-quote', found: { kind: 'end' } },
  ],
  unknown_reference: [{ value: text('windsor'), to: 'entity' }, { value: text('z'), to: 'option' }],
  duplicate_id: [{ id: text('venue'), of: 'class' }, { id: text('q1'), of: 'question' }, { id: text('a'), of: 'option' }],
  not_applicable: [
    { property: 'reverse' }, { property: 'multiple' }, { property: 'plural' }, { property: 'after' },
    { property: 'before' }, { property: 'tolerance' }, { property: 'season' }, { property: 'quotes' },
  ],
  wrong_object_type: [{ key: 'unit', types: ['number'], takes: 'entity' }],
  bounds_wrong_type: [{ relation: 'held-at', takes: 'entity' }],
  object_or_objects: [{}],
  one_object_relation: [{ relation: 'held-at' }],
  question_mark: [{}],
  unfilled_slot: [{ slot: 'objet', fills: ['subject'] }],
  missing_slot: [{ slot: 'subject' }],
  parent_loop: [{ parent: text('venue') }],
  repeated_class: [{ class: text('venue') }],
  repeated_object: [{ earlier: 'facts[3].objects[0]' }],
  repeated_fact: [{ subject: 'trump', relation: 'held-at', earlier: 2 }],
  second_subject: [{ object: { kind: 'qualified', qualifier: 'about', value: 80 }, relation: 'won-by', earlier: 1 }],
  same_label: [{ label: text('Windsor'), earlier: 4, class: 'venue' }],
  class_mismatch: [{ entity: text('trump'), classes: ['person', 'leader'], relation: 'held-at', takes: 'venue' }],
  excluded_answer: [
    { object: { kind: 'bare-number', value: 3 }, earlier: 'facts[0].object', stated: 'true' },
    { object: text('2025-09-17'), earlier: 'facts[0].falseObjects[1]', stated: 'false' },
  ],
  quote_count: [{ quotes: 2, objects: 3 }],
  no_date_fact: [{ fact: text('arrival') }],
  bounds_empty: [{ kind: 'numbers', min: 10, max: 5 }, { kind: 'dates' }, { kind: 'after-before' }],
  outside_bounds: [
    { at: 'relations[2].bounds', reason: { kind: 'below-min', value: 3, bound: 5 } },
    { at: 'facts[1].bounds', reason: { kind: 'above-max', value: 9, bound: 5 } },
    { at: 'facts[1].bounds', reason: { kind: 'before-min' } },
    { at: 'facts[1].bounds', reason: { kind: 'after-max' } },
    { at: 'facts[1].bounds', reason: { kind: 'not-after' } },
    { at: 'facts[1].bounds', reason: { kind: 'not-before' } },
  ],
  quote_omission_only: [{}],
  quote_not_found: [{ source: text('wire') }, { source: text('wire'), part: { index: 2, count: 3, text: text('à Windsor') } }],
  source_text_not_found: [{ source: text('wire'), file: text('summit.txt') }, { source: text('wire'), file: text('summit.txt'), location: '/packs/sources' }],
  invalid_answer: [{ rule: 'repeated' }, { rule: 'order' }, { rule: 'none' }, { rule: 'one', kind: 'true-false', count: 2 }],
  check_failed: [{ of: 'pack', error: text('boom') }, { of: 'copy', error: text('could not clone') }, { of: 'quiz', error: 'TypeError' }],
  more_problems: [{ count: 1 }, { count: 1951 }],
  option_out_of_range: [{ option: 'count', value: '0', minimum: 1 }, { option: 'options', value: '7', minimum: 3, maximum: 5 }],
  option_unknown: [{ option: 'kinds', value: 'essay', options: ['single', 'order'] }, { option: 'difficulty', value: 'brutal', options: ['easy', 'mixed'] }],
  too_few_questions: [{ pack: 'state-visit', made: 12, kinds: ['single', 'order'], difficulty: 'hard', options: 4 }],
};

/** Every code with each of its samples, as a problem. */
function samples(): ProblemData[] {
  return (Object.keys(SAMPLES) as ProblemCode[]).flatMap((code) => (SAMPLES[code] as ProblemData['params'][]).map((params) => ({ code, params }) as ProblemData));
}

/**
 * English words that no French sentence holds once the parts it quotes are taken out:
 * pack values in « », JSON in "" or {}, paths such as facts[3].object.
 */
// Letters, not \b, bound a word: \b is ASCII-only, and « début » holds « but ».
const ENGLISH = /(?<!\p{L})(must|but|is|the|of|and|not|with|only|which|write|give|found|missing|more|than|most|least|be|are|has|this|that|from|for|to|in|it|needs|each|every|between|should|can|word|words|empty|listed|allowed|names|twice|lies|makes|reads|repeats|gives|holds|asks|leaves|comes|round|quotes)(?!\p{L})/iu;

function englishIn(sentence: string): string | undefined {
  const bare = sentence
    .replace(/«[^»]*»/gu, ' ')
    .replace(/"[^"]*"/gu, ' ')
    .replace(/\{[^}]*\}/gu, ' ')
    .replace(/[\w.-]*\[[^\]]*\][\w.[\]-]*/gu, ' ');
  return ENGLISH.exec(bare)?.[0];
}

/** A copy of the built-in pack with many things wrong at once. */
function brokenPack(): unknown {
  const pack = realPack();
  pack.lang = 'en_GB!';
  pack.asOf = '2025-13-01';
  pack.titel = 'typo';
  const facts = pack.facts as unknown as Record<string, unknown>[];
  const relations = pack.relations as unknown as Record<string, unknown>[];
  const entities = pack.entities as unknown as Record<string, unknown>[];
  Object.assign(facts[0] ?? {}, { subject: 'windsor', weight: 40, quote: 'Words never written in the article at all.' });
  Object.assign(facts[1] ?? {}, { relation: 'hosted-at', topic: 'Not An Id' });
  Object.assign(facts[2] ?? {}, { source: 'nowhere', quotes: ['one'] });
  Object.assign(entities[0] ?? {}, { class: [] });
  Object.assign(entities[1] ?? {}, { label: '' });
  const templates = (relations[0]?.templates ?? {}) as Record<string, unknown>;
  templates.question = 'Where was it';
  templates.statement = 'The visit to {place}';
  Object.assign(relations[1] ?? {}, { cardinality: 'several', closed: 'yes', inverse: 'both' });
  return pack;
}

describe('problem words: every code in English and French', () => {
  it('has a one-line sentence in each language for every sample of every code, and the two differ', () => {
    const all = samples();
    assert.equal(new Set(all.map((p) => p.code)).size, Object.keys(en).length);
    for (const problem of all) {
      const english = problemMessage(problem, en);
      const french = problemMessage(problem, fr);
      for (const sentence of [english, french]) assert.match(sentence, /^[^\n]{8,400}$/u, `${problem.code}: ${sentence}`);
      assert.notEqual(french, english, problem.code);
    }
  });

  it('writes no English word in a French sentence, for every sample', () => {
    for (const problem of samples()) {
      // The check can fail: it finds English in every English sentence.
      assert.notEqual(englishIn(problemMessage(problem, en)), undefined, problemMessage(problem, en));
      const french = problemMessage(problem, fr);
      assert.equal(englishIn(french), undefined, `${problem.code}: ${french}`);
    }
  });

  it('writes counts the French way and quotes values in guillemets', () => {
    assert.equal(fr.more_problems({ count: 1951 }), '…et 1\u202f951 autres problèmes, non listés\u00a0: corrigez d’abord ceux-ci.');
    assert.equal(fr.unknown_reference({ value: text('windsor'), to: 'entity' }), '«\u00a0windsor\u00a0» n’est pas une entité de ce pack.');
    assert.equal(en.unknown_reference({ value: text('windsor'), to: 'entity' }), '"windsor" is not an entity of this pack.');
  });
});

describe('pack problems carry a code and params', () => {
  const result = validatePack(brokenPack(), { sourceText });
  const problems: PackProblem[] = result.ok ? [] : result.problems;

  it('finds the problems of a broken pack, each with a code whose English sentence is its message', () => {
    assert.ok(problems.length >= 12, JSON.stringify(problems.map((p) => p.message)));
    for (const problem of problems) assert.equal(problem.message, problemMessage(problem, en), problem.path);
    const codes = new Set(problems.map((p) => p.code));
    for (const code of ['invalid_language_tag', 'invalid_type', 'unknown_key', 'unknown_reference', 'out_of_range', 'empty', 'question_mark', 'unfilled_slot', 'missing_slot', 'invalid_enum', 'quote_not_found', 'not_applicable'] as const) {
      assert.ok(codes.has(code), `${code} among ${[...codes].join(', ')}`);
    }
  });

  it('holds plain JSON data in params, no English sentence', () => {
    for (const problem of problems) {
      assert.deepEqual(JSON.parse(JSON.stringify(problem.params)), problem.params, problem.code);
      assert.ok(!JSON.stringify(problem.params).includes(problem.message.slice(0, 30)), problem.code);
    }
  });

  it('reads in French with no English sentence', () => {
    for (const problem of problems) {
      const french = problemMessage(problem, fr);
      assert.equal(englishIn(french), undefined, `${problem.path}: ${french}`);
      assert.notEqual(french, problem.message);
    }
  });

  it('gives a text that is not JSON, and one too large, a code the French words read', () => {
    const notJson = parsePack('{"id": "x" "b"}');
    assert.ok(!notJson.ok);
    const [problem] = notJson.problems;
    assert.equal(problem?.code, 'invalid_json');
    assert.deepEqual(problem.params, { line: 1, column: 12, expected: ',-or-}', found: { kind: 'text', shown: '\\"', cut: false, length: 1 } });
    assert.equal(problemMessage(problem, fr), 'n’est pas du JSON valide\u00a0: ligne 1, colonne 12\u00a0: on attendait "," ou "}", on trouve «\u00a0\\"\u00a0».');
    const big = parsePack('[]', { maxBytes: 1 });
    assert.ok(!big.ok);
    assert.equal(big.problems[0]?.code, 'too_large');
  });

  it('gives a broken quiz problems with codes, in French too', () => {
    const quiz = generateQuiz(realPack(), { count: 2 }) as unknown as Record<string, unknown>;
    const questions = quiz.questions as Record<string, unknown>[];
    Object.assign(questions[0] ?? {}, { kind: 'essay', answer: ['nope', 'nope'] });
    Object.assign(questions[1] ?? {}, { id: questions[0]?.id, sources: 'none' });
    const checked = validateQuiz(quiz);
    assert.ok(!checked.ok);
    assert.deepEqual(checked.problems.map((p) => p.code).sort(), ['duplicate_id', 'invalid_answer', 'invalid_type', 'not_one_of', 'unknown_reference', 'unknown_reference'].sort());
    for (const problem of checked.problems) assert.equal(englishIn(problemMessage(problem, fr)), undefined, problem.message);
  });
});

describe('QuizError carries a code and params', () => {
  it('says in data which option is out of range, and in English as before', () => {
    const error = catchQuizError(() => generateQuiz(realPack(), { count: 0 }));
    assert.equal(error.code, 'option_out_of_range');
    assert.deepEqual(error.params, { option: 'count', value: '0', minimum: 1 });
    assert.equal(error.message, 'count must be a whole number of at least 1, not 0.');
    assert.equal(problemMessage(error, fr), 'l’option count doit être un nombre entier d’au moins 1, et non 0.');
  });

  it('names the unknown kinds and the pack too small to make a quiz', () => {
    const kinds = catchQuizError(() => generateQuiz(realPack(), { kinds: ['essay' as 'single'] }));
    assert.deepEqual([kinds.code, kinds.message], ['option_unknown', 'kinds must be some of single, multiple, true-false, order, not "essay".']);
    const small = catchQuizError(() => generateQuiz(realPack(), { count: 500 }));
    assert.equal(small.code, 'too_few_questions');
    const made = small.params as ParamsOf<'too_few_questions'>;
    assert.ok(made.made < 500 && made.pack === 'state-visit');
    assert.equal(englishIn(problemMessage(small, fr)), undefined);
    const versions = catchQuizError(() => generateVersions(realPack(), { versions: 27 }));
    assert.equal(versions.message, 'versions must be a whole number from 1 to 26, not 27.');
  });
});

function catchQuizError(make: () => unknown): QuizError {
  try {
    make();
  } catch (error) {
    if (error instanceof QuizError) return error;
    throw error;
  }
  throw new Error('no QuizError thrown');
}
