/**
 * The same seed gives the same quiz, byte for byte, whatever the engine does inside:
 * quizzes, versions, banks and yield reports of every pack of the repository (and of
 * synthetic packs), recorded once in test/snapshots/draws.json and compared here.
 * FACT_QUIZ_UPDATE=1 rewrites the record after a deliberate change to the generator.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateQuiz, generateVersions, questionBank, validatePack, yieldReport } from '../../src/engine/index.js';
import type { GenerateQuizOptions, Pack } from '../../src/engine/index.js';
import { syntheticPack } from '../packs/synthetic.js';

const RECORD = 'test/snapshots/draws.json';
const SEEDS = ['fact-quiz', 'alpha', 'bravo', 'charlie', 'delta', '7b', 'class-7b', ''];

/** Option sets that take every path of the selection: kinds, difficulty, sizes, counts. */
const VARIANTS: readonly GenerateQuizOptions[] = [
  {},
  { count: 5 },
  { count: 25 },
  { kinds: ['single'], difficulty: 'hard' },
  { kinds: ['true-false', 'order'], options: 5 },
  { kinds: ['multiple', 'single'], difficulty: 'easy', options: 3 },
];

/** Every pack of the repository, validated as the CLI and the element validate them. */
function repositoryPacks(): [string, Pack][] {
  const files = [...readdirSync('questions').filter((f) => f.endsWith('.json') && !f.endsWith('.quiz.json') && f !== 'fact-pack.schema.json').map((f) => join('questions', f)), ...readdirSync('test/packs').filter((f) => f.endsWith('.json')).map((f) => join('test/packs', f))];
  return files.map((file) => {
    const result = validatePack(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(result.ok, file);
    return [file, result.pack];
  });
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** A quiz's JSON, or the message of the error the options give on this pack. */
function outcome(make: () => unknown): unknown {
  try {
    return make();
  } catch (error) {
    return { error: String(error) };
  }
}

/** What a pack gives: a few quizzes in full, so a change reads as a diff; digests for the rest. */
function drawsOf(pack: Pack, full: boolean): Record<string, unknown> {
  const draws: Record<string, unknown> = {};
  SEEDS.forEach((seed, s) => {
    VARIANTS.forEach((variant, v) => {
      const quiz = outcome(() => generateQuiz(pack, { ...variant, seed }));
      draws[`quiz ${seed} #${String(v)}`] = full && s < 3 && v === 0 ? quiz : digest(quiz);
    });
    draws[`versions ${seed}`] = digest(outcome(() => generateVersions(pack, { seed, count: 6, versions: 3 })));
    draws[`distinct versions ${seed}`] = digest(outcome(() => generateVersions(pack, { seed, count: 4, versions: 4, distinct: true })));
  });
  for (const options of [3, 4, 5]) draws[`bank ${String(options)}`] = digest(questionBank(pack, { options, seed: 'bank' }));
  draws.report = digest(yieldReport(pack, { seed: 'report' }));
  return draws;
}

function allDraws(): Record<string, Record<string, unknown>> {
  const record: Record<string, Record<string, unknown>> = {};
  for (const [file, pack] of repositoryPacks()) record[file] = drawsOf(pack, true);
  for (const facts of [60, 400, 3000]) record[`synthetic ${String(facts)}`] = drawsOf(syntheticPack({ facts, seed: facts }), false);
  return record;
}

describe('the same seed gives the same draws', () => {
  it(`as recorded in ${RECORD} (FACT_QUIZ_UPDATE=1 rewrites it)`, () => {
    const draws = allDraws();
    if (process.env.FACT_QUIZ_UPDATE === '1' || !existsSync(RECORD)) writeFileSync(RECORD, `${JSON.stringify(draws, null, 1)}\n`);
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as typeof draws;
    assert.deepEqual(Object.keys(draws), Object.keys(recorded));
    for (const [pack, byKey] of Object.entries(recorded)) {
      for (const [key, value] of Object.entries(byKey)) assert.deepEqual(draws[pack]?.[key], value, `${pack}: ${key}`);
    }
  });
});
