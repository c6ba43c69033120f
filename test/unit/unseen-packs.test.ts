/**
 * Packs the engine was not written against: a French sports pack and a deliberately
 * awkward English one (test/packs/). Each is run through `questionBank`, thousands of
 * seeds of `generateQuiz` and the CLI, and every question is checked against questions/QUALITY.md
 * with the independent checker (quality.ts) plus the checks below, which read numbers and
 * dates in any language the packs use, names with their aliases and the grammar where a
 * template meets a value.
 *
 * FACT_QUIZ_SEEDS sets the number of generateQuiz runs per pack (default 2000).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { KINDS, QuizError, generateQuiz, questionBank, validatePack } from '../../src/engine/index.js';
import type { DateValue, Difficulty, Entity, Pack, Question, Quiz } from '../../src/engine/index.js';
import { run } from '../../src/cli/main.js';
import { assertContract, quizOptions } from './contract.js';
import { checkQuestion, checkQuiz, distancesByDifficulty, keysOf, solverScores } from './quality.js';

const SEEDS = Number(process.env.FACT_QUIZ_SEEDS ?? 2000);
const PACKS = ['olympics-fr', 'edge-cases'] as const;
const fileOf = (name: string): string => `test/packs/${name}.json`;
const execFileAsync = promisify(execFile);

// ---------------------------------------------------------------------------------------
// Reading options as values, in the pack's language

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Reader {
  /** A number option: its value, digits after the point and unit words; undefined if not one. */
  number(text: string): { value: number; decimals: number; unit: string } | undefined;
  /**
   * A date option: the days it runs from and to, as numbers (year × 372 + month × 31 +
   * day; the year 0 when not shown), its shape ("D M Y", "D M D M Y"…) and whether it
   * shows a year; undefined if not a date.
   */
  date(text: string): { key: number; end: number; shape: string; year: boolean } | undefined;
}

function readerFor(lang: string): Reader {
  const parts = new Intl.NumberFormat(lang).formatToParts(-1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const groups = new RegExp(`(?<=\\d)${escape(group)}(?=\\d{3})`, 'g');
  const months = Array.from({ length: 12 }, (_, m) => fold(new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 1)))));
  const seasons = lang.startsWith('fr') ? ['printemps', 'ete', 'automne', 'hiver'] : ['spring', 'summer', 'autumn', 'winter'];
  return {
    number(text) {
      const m = /^([-\u2212]?)(\d[\d\s\u00A0\u202F,.]*\d|\d)\s+(\D.*)$/u.exec(text.replace(groups, ''));
      if (m === null) return undefined;
      const digits = (m[2] as string).split(decimal);
      if (digits.length > 2 || !digits.every((d) => /^\d+$/.test(d))) return undefined;
      const value = Number(digits.join('.')) * (m[1] === '' ? 1 : -1);
      return { value, decimals: digits[1]?.length ?? 0, unit: m[3] as string };
    },
    date(text) {
      const words = fold(text).split(' ');
      if (words.length === 1 && /^\d+$/.test(words[0] as string)) {
        const year = Number(words[0]);
        return { key: year * 372, end: year * 372 + 371, shape: 'Y', year: true };
      }
      const years: number[] = [];
      const monthsSeen: number[] = [];
      const days: number[] = [];
      let season = -1;
      const shape: string[] = [];
      for (const w of words) {
        if (/^\d{3,4}$/.test(w)) {
          years.push(Number(w));
          shape.push('Y');
        } else if (/^\d{1,2}$/.test(w)) {
          days.push(Number(w));
          shape.push('D');
        } else if (months.includes(w)) {
          monthsSeen.push(months.indexOf(w));
          shape.push('M');
        } else if (seasons.includes(w)) {
          season = seasons.indexOf(w);
          shape.push('S');
        } else {
          return undefined;
        }
      }
      if (monthsSeen.length === 0 && season < 0) return undefined;
      // A range runs from its first day, month and year to its last ones.
      const [firstYear, lastYear] = [years[0] ?? 0, years.at(-1) ?? 0];
      if (season >= 0) return { key: firstYear * 372 + season * 93, end: firstYear * 372 + season * 93 + 92, shape: shape.join(' '), year: years.length > 0 };
      const start = firstYear * 372 + (monthsSeen[0] as number) * 31 + (days[0] ?? 1);
      const end = lastYear * 372 + (monthsSeen.at(-1) as number) * 31 + (days.at(-1) ?? 31);
      return { key: start, end, shape: shape.join(' '), year: years.length > 0 };
    },
  };
}

// ---------------------------------------------------------------------------------------
// The contract, and the checks this pack's awkward corners need on top of quality.ts

interface PackView {
  pack: Pack;
  reader: Reader;
  byLabel: Map<string, Entity>;
  names: (e: Entity) => Set<string>;
}

function viewOf(pack: Pack): PackView {
  return {
    pack,
    reader: readerFor(pack.lang),
    byLabel: new Map(pack.entities.map((e) => [e.label, e])),
    names: (e) => new Set([e.label, ...(e.aliases ?? [])].map(fold).filter((n) => n !== '')),
  };
}

const objectsOfFact = (f: Pack['facts'][number]): unknown[] => [...(f.objects ?? []), ...(f.object === undefined ? [] : [f.object])];

/** 'provably false' with aliases: no wrong option is another name of something true next to the question's fact. */
function aliasViolations(q: Question, view: PackView): string[] {
  if ((q.kind !== 'single' && q.kind !== 'multiple') || q.facts.length !== 1) return [];
  const { pack, byLabel, names } = view;
  const fact = pack.facts.find((f) => f.id === q.facts[0]);
  if (fact === undefined) return [];
  const entity = new Map(pack.entities.map((e) => [e.id, e]));
  const truths = new Set<string>();
  const same = pack.facts.filter((f) => f.relation === fact.relation);
  const factObjects = objectsOfFact(fact).map((o) => JSON.stringify(o));
  for (const other of same) {
    const objects = objectsOfFact(other);
    if (other.subject === fact.subject) for (const o of objects) if (typeof o === 'string' && entity.has(o)) for (const n of names(entity.get(o) as Entity)) truths.add(n);
    if (objects.some((o) => factObjects.includes(JSON.stringify(o)))) for (const n of names(entity.get(other.subject) as Entity)) truths.add(n);
  }
  const problems: string[] = [];
  for (const o of q.options) {
    if (q.answer.includes(o.id)) continue;
    const e = byLabel.get(o.text);
    if (e !== undefined && [...names(e)].some((n) => truths.has(n))) problems.push(`provably false: wrong option "${o.text}" is another name of a true answer`);
  }
  return problems;
}

/** 'provably false' for dates: no wrong date overlaps a true date of the question's subject and relation. */
function dateViolations(q: Question, view: PackView): string[] {
  if ((q.kind !== 'single' && q.kind !== 'true-false') || q.facts.length !== 1) return [];
  const fact = view.pack.facts.find((f) => f.id === q.facts[0]);
  if (view.pack.relations.find((r) => r.id === fact?.relation)?.object.type !== 'date' || fact === undefined) return [];
  const truths = view.pack.facts
    .filter((f) => f.subject === fact.subject && f.relation === fact.relation)
    .flatMap(objectsOfFact)
    .map((v) => v as DateValue);
  const spanOf = (d: DateValue, withYear: boolean): [number, number] => {
    const [y, m = 1, day = 1] = d.date.split('-').map(Number) as [number, number?, number?];
    const year = withYear ? y : 0;
    if (d.precision === 'year') return [year * 372, year * 372 + 371];
    if (d.precision === 'season') {
      const s = ['spring', 'summer', 'autumn', 'winter'].indexOf(d.season ?? 'summer');
      return [year * 372 + s * 93, year * 372 + s * 93 + 92];
    }
    if (d.precision === 'month') return [year * 372 + (m - 1) * 31 + 1, year * 372 + (m - 1) * 31 + 31];
    const [ey, em, ed] = (d.end ?? d.date).split('-').map(Number) as [number, number, number];
    return [year * 372 + (m - 1) * 31 + day, (withYear ? ey : 0) * 372 + (em - 1) * 31 + ed];
  };
  const wrong =
    q.kind === 'single'
      ? q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.text)
      : q.answer[0] === 'b'
        ? [q.stem]
        : [];
  const problems: string[] = [];
  for (const text of wrong) {
    // In a false statement, the date is the run of date words after its preposition
    // (best effort: a statement whose date can't be read this way is passed over).
    const dateText = q.kind === 'single' ? text : (/((?:\d{1,4}|\p{L}+)[\s\u2009\u202F–,-]*)+\d{4}|\p{L}+ \d{1,2}(?: – \d{1,2})?/u.exec(text.replace(/.*\b(on|in|le|en|du)\s/u, ''))?.[0] ?? '');
    const read = view.reader.date(dateText);
    if (read === undefined) continue;
    for (const t of truths) {
      const [start, end] = spanOf(t, read.year);
      if (read.key <= end && read.end >= start) problems.push(`provably false: the wrong date "${dateText}" overlaps the true ${t.date}${t.end === undefined ? '' : `/${t.end}`}`);
    }
  }
  return problems;
}

/** 'homogeneous options' and 'order and position' for numbers and dates in any language: one unit, one precision and style, ascending. */
function valueViolations(q: Question, view: PackView): string[] {
  if (q.kind !== 'single' || q.facts.length !== 1) return [];
  const texts = q.options.map((o) => o.text);
  const numbers = texts.map((t) => view.reader.number(t));
  const problems: string[] = [];
  if (numbers.every((n) => n !== undefined)) {
    const relation = view.pack.relations.find((r) => r.id === view.pack.facts.find((f) => f.id === q.facts[0])?.relation);
    if (relation?.object.type === 'number') {
      const units = new Set([relation.object.unit, relation.object.unitPlural ?? `${relation.object.unit}s`]);
      if (!numbers.every((n) => units.has(n.unit))) problems.push(`homogeneous options: units differ: ${texts.join(' | ')}`);
      if (new Set(numbers.map((n) => n.decimals)).size > 1) problems.push(`homogeneous options: decimals differ: ${texts.join(' | ')}`);
      const key = numbers[q.options.findIndex((o) => q.answer.includes(o.id))];
      if (key !== undefined && key.value >= 0 && numbers.some((n) => n.value < 0)) problems.push(`homogeneous options: a count below zero beside ${String(key.value)}: ${texts.join(' | ')}`);
      for (let i = 1; i < numbers.length; i++) {
        if ((numbers[i] as { value: number }).value <= (numbers[i - 1] as { value: number }).value) problems.push(`order and position: numbers not ascending: ${texts.join(' | ')}`);
      }
      return problems;
    }
  }
  const dates = texts.map((t) => view.reader.date(t));
  if (dates.every((d) => d !== undefined)) {
    if (new Set(dates.map((d) => d.shape)).size > 1) problems.push(`homogeneous options: date styles differ: ${texts.join(' | ')}`);
    for (let i = 1; i < dates.length; i++) {
      if ((dates[i] as { key: number }).key <= (dates[i - 1] as { key: number }).key) problems.push(`order and position: dates not ascending: ${texts.join(' | ')}`);
    }
  }
  return problems;
}

/**
 * 'one key' for true-false: a false statement never reads as the true one. Its words where
 * it differs from the explanation (which states the fact) must not be the true words,
 * nor hold them or stand in them.
 */
function falseStatementViolations(q: Question, view: PackView): string[] {
  if (q.kind !== 'true-false' || q.answer[0] !== 'b') return [];
  const stated = fold(q.stem.replace(/\s*(True or false|Vrai ou faux)\s*\?\s*$/i, '')).split(' ');
  const truth = fold(q.explanation).split(' ');
  let head = 0;
  while (head < stated.length && head < truth.length && stated[head] === truth[head]) head++;
  let tail = 0;
  while (tail < stated.length - head && tail < truth.length - head && stated[stated.length - 1 - tail] === truth[truth.length - 1 - tail]) tail++;
  const shown = stated.slice(head, stated.length - tail).join(' ');
  const real = truth.slice(head, truth.length - tail).join(' ');
  if (shown === real || (shown !== '' && ` ${real} `.includes(` ${shown} `)) || (real !== '' && ` ${shown} `.includes(` ${real} `))) {
    return [`one key: the false statement reads like the fact ("${shown}" for "${real}"): ${q.stem}`];
  }
  // Or names the true object by another of its names ("Accor Arena" for "Bercy Arena"):
  // the names may share words with the sentence around them, so widen the difference.
  const named = (text: string): Entity[] => view.pack.entities.filter((e) => view.names(e).has(text));
  for (let h = 0; h <= Math.min(head, 6); h++) {
    for (let t = 0; t <= Math.min(tail, 6); t++) {
      const shownSpan = stated.slice(head - h, stated.length - tail + t).join(' ');
      const realSpan = truth.slice(head - h, truth.length - tail + t).join(' ');
      const realNames = new Set(named(realSpan).flatMap((e) => [...view.names(e)]));
      if (named(shownSpan).some((e) => [...view.names(e)].some((n) => realNames.has(n)))) {
        return [`one key: the false statement names the true object by another name ("${shownSpan}" for "${realSpan}")`];
      }
    }
  }
  return [];
}

/** 'no word cue' and plain grammar where a template meets a value: "a owl", "de les Jeux", "le 26 – 28 juillet". */
function grammarViolations(q: Question, lang: string): string[] {
  const texts = [q.stem, q.explanation, ...q.options.map((o) => o.text)];
  const problems: string[] = [];
  for (const t of texts) {
    if (lang.startsWith('en')) {
      const bad = /\b(a) ([aeiou]\w*)|\b(an) ([bcdfgjklmnpqrstvwxz]\w*)/i.exec(t);
      if (bad !== null && !/^(uni|use|one|eu|ue|ur)/i.test(bad[2] ?? '')) problems.push(`no word cue: "${bad[0]}" in "${t}"`);
    } else {
      const bad = /\b(de|à) (le|les) |\bde [aeiouéèêàâ]|\ben printemps\b|\ble \d+ \p{L}* ?[–-]/iu.exec(t);
      if (bad !== null) problems.push(`no word cue: "${bad[0]}" in "${t}"`);
    }
  }
  return problems;
}

function violations(quiz: Quiz, view: PackView, bank: boolean): string[] {
  const problems: string[] = [];
  for (const q of quiz.questions) {
    for (const v of checkQuestion(q, view.pack)) problems.push(`${q.id}: rule ${String(v.rule)}: ${v.message}`);
    for (const m of [...aliasViolations(q, view), ...dateViolations(q, view), ...valueViolations(q, view), ...falseStatementViolations(q, view), ...grammarViolations(q, view.pack.lang)]) problems.push(`${q.id}: ${m}`);
  }
  if (!bank) for (const v of checkQuiz(quiz)) problems.push(`${v.questionId}: rule ${String(v.rule)}: ${v.message}`);
  return problems;
}

function assertQuality(quiz: Quiz, view: PackView, bank = false): void {
  const problems = violations(quiz, view, bank);
  assert.deepEqual(problems.slice(0, 5), [], `${String(problems.length)} problems`);
}

// ---------------------------------------------------------------------------------------


for (const name of PACKS) {
  const file = fileOf(name);
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const validation = validatePack(json);
  const pack = (validation.ok ? validation.pack : json) as Pack;
  const view = viewOf(pack);

  describe(`the unseen pack ${name}`, () => {
    it('is valid', () => {
      assert.deepEqual(validation.problems, []);
    });

    for (const size of [3, 4, 5]) {
      it(`makes a bank with ${String(size)} options that keeps every rule`, () => {
        const bank = questionBank(pack, { options: size });
        assertContract(bank, pack);
        assertQuality(bank, view, true);
        assert.ok(bank.questions.length >= 60, `${String(bank.questions.length)} questions`);
        assert.deepEqual(new Set(bank.questions.map((q) => q.kind)), new Set(KINDS));
      });
    }

    it('gives test-wise solvers no edge and the key no favourite length or place (rules: no length cue, order and position, no convergence, test-wise solvers fail)', () => {
      const seeds = Array.from({ length: 12 }, (_, s) => `unseen-${String(s)}`);
      for (const size of [3, 4, 5]) {
        const items = seeds.flatMap((seed) => questionBank(pack, { options: size, seed }).questions).filter((q) => q.options.length === size);
        const scores = solverScores(items);
        for (const [solver, score] of Object.entries(scores)) {
          if (solver !== 'n') assert.ok(score <= 1 / size + 0.05, `${String(size)} options, ${solver}: ${score.toFixed(3)} over ${String(scores.n)} items`);
        }
        // No length cue: the key is the single longest option in about 1/k of items.
        const singles = items.filter((q) => q.kind === 'single');
        const longest = singles.filter((q) => {
          const key = keysOf(q)[0] ?? '';
          return q.options.every((o) => q.answer.includes(o.id) || o.text.length < key.length);
        }).length;
        assert.ok(longest / singles.length <= 1 / size + 0.05, `${String(size)} options: key single longest in ${String(longest)} of ${String(singles.length)}`);
        // Order and position: where options are shuffled, the key's place is uniform (chi-square, p < 0.01).
        const shuffled = singles.filter((q) => q.options.every((o) => view.reader.number(o.text) === undefined && view.reader.date(o.text) === undefined));
        const places: number[] = Array.from({ length: size }, () => 0);
        for (const q of shuffled) places[q.options.findIndex((o) => o.id === q.answer[0])]! += 1;
        const expected = shuffled.length / size;
        const chi = places.reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
        const critical = { 3: 9.21, 4: 11.34, 5: 13.28 }[size] as number;
        assert.ok(chi < critical, `${String(size)} options: chi-square ${chi.toFixed(2)}, places ${places.join(',')}`);
        // No convergence: in ordered options the key is the middle value (either middle one for an
        // even count) no more often than chance.
        const ordered = singles.filter((q) => q.facts.length === 1 && q.options.every((o) => view.reader.number(o.text) !== undefined || view.reader.date(o.text) !== undefined));
        const middles = size % 2 === 1 ? [(size - 1) / 2] : [size / 2 - 1, size / 2];
        const middle = ordered.filter((q) => middles.includes(q.options.findIndex((o) => o.id === q.answer[0]))).length;
        assert.ok(ordered.length > 30, `${String(ordered.length)} ordered items`);
        assert.ok(middle / ordered.length <= middles.length / size + 0.08, `${String(size)} options: key in the middle in ${String(middle)} of ${String(ordered.length)}`);
      }
    });

    it('gives hard questions nearer distractors than easy ones (rule: difficulty means something)', () => {
      const bank = questionBank(pack, { seed: 'difficulty' });
      // A date first: "26 juillet 2024" would read as 26 of the unit "juillet 2024".
      const compared = distancesByDifficulty(bank.questions, (t) => view.reader.date(t)?.key ?? view.reader.number(t)?.value);
      assert.ok(compared.length >= 4, `${String(compared.length)} facts asked both hard and easy`);
      for (const [id, d] of compared) assert.ok(d.hard < d.easy, `${id}: hard ${String(d.hard)} vs easy ${String(d.easy)}`);
      // Entities: hard distractors share the key's class; easy ones mostly come from the classes beside it.
      const share = (difficulty: Difficulty): number[] =>
        bank.questions
          .filter((q) => q.kind === 'single' && q.difficulty === difficulty && q.options.every((o) => view.byLabel.has(o.text)))
          .map((q) => {
            const keyClass = view.byLabel.get(keysOf(q)[0] ?? '')?.class;
            const others = q.options.filter((o) => !q.answer.includes(o.id));
            return others.filter((o) => view.byLabel.get(o.text)?.class === keyClass).length / others.length;
          });
      const hard = share('hard');
      const easy = share('easy');
      assert.ok(hard.length > 0 && hard.every((s) => s === 1), `hard same-class shares ${hard.join(',')}`);
      assert.ok(easy.length > 0 && easy.reduce((a, b) => a + b, 0) / easy.length < 0.5, `easy same-class shares ${easy.join(',')}`);
    });

    it(`keeps every rule and the contract in quizzes of ${String(SEEDS)} random seeds and options (every rule of questions/QUALITY.md)`, () => {
      let made = 0;
      let refused = 0;
      fc.assert(
        fc.property(quizOptions, (options) => {
          let quiz: Quiz;
          try {
            quiz = generateQuiz(pack, options);
          } catch (error) {
            assert.ok(error instanceof QuizError, String(error));
            assert.match(error.message, /can make only \d+ independent questions/);
            refused++;
            return;
          }
          made++;
          assert.equal(quiz.questions.length, options.count);
          assert.equal(quiz.seed, options.seed);
          assertContract(quiz, pack);
          for (const q of quiz.questions) {
            assert.ok(options.kinds.includes(q.kind), `${q.id} is not of the kinds asked`);
            if (options.difficulty !== 'mixed') assert.equal(q.difficulty, options.difficulty);
            if (q.kind !== 'true-false') assert.equal(q.options.length, options.options, `${q.id} has ${String(q.options.length)} options`);
          }
          assertQuality(quiz, view);
          // Reproducible: the same seed gives the same quiz, from a copy of the pack too.
          if (made % 25 === 0) assert.equal(JSON.stringify(generateQuiz(structuredClone(pack), options)), JSON.stringify(quiz));
        }),
        { numRuns: SEEDS },
      );
      assert.ok(made > refused, `made ${String(made)}, refused ${String(refused)}`);
    });

    it('makes 10-question quizzes of mixed kinds from the default options, every kind in some of them', () => {
      // Facts are drawn first and kinds follow them (a select-all fact is no likelier than
      // another), so one quiz need not hold every kind, but a few seeds do.
      const quizzes = Array.from({ length: 20 }, (_, s) => generateQuiz(pack, { seed: `every-kind-${String(s)}`, count: 10 }));
      for (const quiz of quizzes) {
        assert.ok(new Set(quiz.questions.map((q) => q.kind)).size >= 2, `one kind only in ${quiz.seed}`);
        assertQuality(quiz, view);
      }
      assert.deepEqual(new Set(quizzes.flatMap((q) => q.questions.map((x) => x.kind))), new Set(KINDS));
    });

    it('prints through the CLI (in process) the same quizzes and bank as the engine, or says why not', () => {
      const capture = (args: string[]): { code: number; out: string; err: string } => {
        let out = '';
        let err = '';
        const code = run(args, { out: (t) => (out += t), err: (t) => (err += t) });
        return { code, out, err };
      };
      for (let s = 0; s < 40; s++) {
        const seed = `cli-${String(s)}`;
        const count = 1 + (s % 15);
        const r = capture(['generate', file, '--seed', seed, '--count', String(count), '--format', 'json']);
        let expected: Quiz | undefined;
        try {
          expected = generateQuiz(pack, { seed, count });
        } catch (error) {
          assert.ok(error instanceof QuizError);
        }
        if (expected === undefined) {
          assert.equal(r.code, 1);
          assert.match(r.err, /^fact-quiz: The pack .* can make only \d+/);
          continue;
        }
        assert.equal(r.code, 0, r.err);
        assert.equal(r.out, `${JSON.stringify(expected, null, 2)}\n`);
      }
      const bank = capture(['bank', file, '--format', 'json']);
      assert.equal(bank.code, 0, bank.err);
      assert.equal(bank.out, `${JSON.stringify(questionBank(pack), null, 2)}\n`);
    });

    it('prints through the CLI as a real process: contract-valid JSON and exit 0, or exit 1 with a message and no stack trace', async () => {
      const cli = (args: string[]): Promise<{ code: number; out: string; err: string }> =>
        execFileAsync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { maxBuffer: 64 * 1024 * 1024 }).then(
          ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
          (error: unknown) => {
            const failed = error as { code?: number; stdout?: string; stderr?: string };
            return { code: failed.code ?? -1, out: failed.stdout ?? '', err: failed.stderr ?? '' };
          },
        );
      const [a, b, bank, tooMany] = await Promise.all([
        cli(['generate', file, '--seed', 'S', '--count', '10', '--format', 'json']),
        cli(['generate', file, '--seed', 'unseen', '--count', '10', '--format', 'json']),
        cli(['bank', file, '--format', 'json']),
        cli(['generate', file, '--seed', 'S', '--count', '900', '--format', 'json']),
      ]);
      for (const [r, seed] of [[a, 'S'], [b, 'unseen']] as const) {
        assert.equal(r.code, 0, r.err);
        const quiz = JSON.parse(r.out) as Quiz;
        assertContract(quiz, pack);
        assert.equal(quiz.questions.length, 10);
        assertQuality(quiz, view);
        assert.equal(r.out, `${JSON.stringify(generateQuiz(pack, { seed, count: 10 }), null, 2)}\n`);
      }
      assert.equal(bank.code, 0, bank.err);
      const bankQuiz = JSON.parse(bank.out) as Quiz;
      assertContract(bankQuiz, pack);
      assertQuality(bankQuiz, view, true);
      assert.equal(tooMany.code, 1);
      assert.equal(tooMany.out, '');
      assert.match(tooMany.err, /^fact-quiz: The pack "[^"]+" can make only \d+ independent questions/);
      assert.doesNotMatch(tooMany.err, /^\s+at /m, 'a stack trace');
    });
  });
}

describe('labels that differ only by case or accents', () => {
  it('are refused by validatePack, so they never become two options that read alike (rule: distinct options)', () => {
    const pack = JSON.parse(readFileSync(fileOf('edge-cases'), 'utf8')) as Pack;
    pack.entities.push({ id: 'zoe-plain', label: 'ZOE angstrom', class: 'athlete' });
    const result = validatePack(pack);
    assert.equal(result.ok, false);
    assert.match(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'), /entities\[\d+\]\.label: "ZOE angstrom" reads the same as/);
  });
});

describe('grammar where a template meets a value', () => {
  it('is English grammar only in English packs: "a" before a slot is a preposition in Spanish', () => {
    const english = JSON.parse(readFileSync(fileOf('edge-cases'), 'utf8')) as Pack;
    const spanish: Pack = { ...structuredClone(english), id: 'edge-cases-es', lang: 'es' };
    const stems = (p: Pack): string[] => questionBank(p).questions.map((q) => q.stem);
    assert.ok(stems(english).includes('Which team has an owl as its mascot?'));
    assert.ok(stems(spanish).includes('Which team has a owl as its mascot?'));
  });
});
