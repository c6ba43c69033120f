// The teacher page's model (src/classroom/model.ts) in Node, without a browser: what it
// adds over the engine and the exporters (whose files are tested in exporters.test.ts):
// versions by seed, the file names, the form's settings checked through readQuizOptions
// in the page's words, and pack files read into a pack or their problems.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateVersions, type Quiz } from '../../src/engine/index.js';
import { exportQuiz } from '../../src/exporters/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import {
  DEFAULT_SETTINGS,
  FILE_FORMATS,
  MAX_VERSIONS,
  fileName,
  makeClassroom,
  newSeed,
  readPackFile,
  type Classroom,
  type ClassroomSettings,
} from '../../src/classroom/model.js';
import { syntheticPack } from '../packs/synthetic.js';

const SEED = '7b-monday';

function settings(patch: Partial<ClassroomSettings> = {}): ClassroomSettings {
  return { ...DEFAULT_SETTINGS, seed: SEED, ...patch };
}

/** The classroom the settings make, asserted to have worked. */
function made(patch: Partial<ClassroomSettings> = {}): Classroom & { ok: true } {
  const classroom = makeClassroom(stateVisitPack, settings(patch));
  assert.ok(classroom.ok, classroom.ok ? '' : classroom.message);
  return classroom;
}

/** The message the settings get, asserted to have failed. */
function refusal(patch: Partial<ClassroomSettings>): string {
  const classroom = makeClassroom(stateVisitPack, settings(patch));
  assert.ok(!classroom.ok, `settings ${JSON.stringify(patch)} were accepted`);
  return classroom.message;
}

const stems = (quiz: Quiz): string[] => quiz.questions.map((q) => q.stem);

describe('the classroom model: versions', () => {
  it('makes the versions the engine makes for the settings, seeded S, S-B, S-C', () => {
    const { versions } = made({ count: 6, versions: 3, kinds: ['single', 'order'], options: 3, distinct: true });
    const engine = generateVersions(stateVisitPack, { seed: SEED, count: 6, versions: 3, kinds: ['single', 'order'], options: 3, distinct: true });
    assert.deepEqual(versions, engine);
    assert.deepEqual(versions.map((q) => q.seed), [SEED, `${SEED}-B`, `${SEED}-C`]);
    for (const quiz of versions) assert.equal(quiz.questions.length, 6);
  });

  it('gives the same versions for the same seed and other ones for another seed', () => {
    const first = made({ versions: 2 }).versions;
    assert.deepEqual(made({ versions: 2 }).versions, first);
    const other = made({ seed: `${SEED}-other`, versions: 2 }).versions;
    assert.notDeepEqual(other.map(stems), first.map(stems));
  });

  it('trims the seed as typed, so a stray space makes the same quiz', () => {
    assert.deepEqual(made({ seed: `  ${SEED} ` }).versions, made().versions);
  });

  it('makes new seeds of 6 characters of Crockford base 32, all different', () => {
    const seeds = Array.from({ length: 200 }, newSeed);
    for (const seed of seeds) assert.match(seed, /^[0-9a-hjkmnp-tv-z]{6}$/u);
    assert.equal(new Set(seeds).size, seeds.length);
  });
});

describe('the classroom model: files', () => {
  it('makes one file per format, in the page’s order, each named after pack, seed and versions', () => {
    const { files } = made({ count: 5, versions: 3 });
    assert.deepEqual(files.map((f) => f.format), FILE_FORMATS.map((f) => f.format));
    const names = files.map((f) => (f.ok ? f.download.fileName : `failed: ${f.message}`));
    assert.deepEqual(names, [
      `state-visit-${SEED}-A-to-C.html`,
      `state-visit-${SEED}-A-to-C.gift.txt`,
      `state-visit-${SEED}-A-to-C.xml`,
      `state-visit-${SEED}-A-to-C.zip`,
      // Kahoot holds version A only, and says so in its name
      `state-visit-${SEED}-A.xlsx`,
      `state-visit-${SEED}-A-to-C.md`,
      `state-visit-${SEED}-A-to-C.json`,
    ]);
  });

  it('puts the exporter’s bytes and media type in each file', async () => {
    const { versions, files } = made({ count: 4, versions: 2 });
    for (const format of ['gift', 'md', 'json'] as const) {
      const file = files.find((f) => f.format === format);
      assert.ok(file?.ok, `${format} was not made`);
      const exported = exportQuiz(versions, format);
      assert.equal(await file.download.blob.text(), exported.data);
      assert.equal(file.download.blob.type, exported.mediaType);
      assert.deepEqual(file.download.warnings, exported.warnings);
    }
  });

  it('passes the exporters’ warnings on with the file they are about', () => {
    const { files } = made({ count: 10, versions: 3 });
    const kahoot = files.find((f) => f.format === 'kahoot');
    assert.ok(kahoot?.ok);
    assert.ok(kahoot.download.warnings.some((w) => w.includes('Only version A is in the Kahoot file')), kahoot.download.warnings.join('\n'));
    const gift = files.find((f) => f.format === 'gift');
    assert.deepEqual(gift?.ok === true ? gift.download.warnings : undefined, []);
  });

  it('makes the worksheet with the page’s title and paper, else the pack’s title on A4', async () => {
    const worksheet = async (patch: Partial<ClassroomSettings>): Promise<string> => {
      const file = made({ count: 3, versions: 2, ...patch }).files.find((f) => f.format === 'html');
      assert.ok(file?.ok);
      return file.download.blob.text();
    };
    const titled = await worksheet({ title: '  Current affairs, 7B ', paper: 'letter' });
    assert.match(titled, /<h1[^>]*>Current affairs, 7B<\/h1>/u);
    assert.match(titled, /size: letter/u);
    const plain = await worksheet({});
    assert.equal(/<h1>(.*?)<\/h1>/u.exec(plain)?.[1], stateVisitPack.title);
    assert.match(plain, /size: A4/u);
  });

  it('names files safely on every system, whatever the seed', () => {
    const [quiz] = made({ versions: 1 }).versions;
    assert.ok(quiz);
    const named = (seed: string, versions = 1, format: 'gift' | 'kahoot' = 'gift'): string =>
      fileName(Array.from({ length: versions }, () => ({ ...quiz, seed })), format, 'txt');
    assert.equal(named('Year 9: Monday!'), 'state-visit-Year-9-Monday-A.txt');
    assert.equal(named('../../etc/passwd'), 'state-visit-etc-passwd-A.txt');
    assert.equal(named('???'), 'state-visit-quiz-A.txt');
    assert.equal(named('x'.repeat(100)), `state-visit-${'x'.repeat(40)}-A.txt`);
    assert.equal(named('s', 6), 'state-visit-s-A-to-F.txt');
    assert.equal(named('s', 6, 'kahoot'), 'state-visit-s-A.txt');
    assert.throws(() => fileName([], 'gift', 'txt'), /no quiz/u);
  });
});

describe('the classroom model: settings, in the words of the page’s form', () => {
  it('asks for a seed when there is none', () => {
    assert.equal(refusal({ seed: '' }), 'Type a seed, or press “New seed”.');
    assert.equal(refusal({ seed: ' \t' }), 'Type a seed, or press “New seed”.');
  });

  it('words each option the engine’s readQuizOptions refuses', () => {
    assert.equal(refusal({ kinds: [] }), 'Choose at least one kind of question.');
    assert.equal(refusal({ difficulty: 'extreme' as ClassroomSettings['difficulty'] }), 'Choose a difficulty: easy, medium, hard or mixed.');
    // an emptied number field gives NaN
    for (const count of [0, 1.5, Number.NaN, 1001]) assert.equal(refusal({ count }), 'The number of questions must be a whole number from 1 to 1000.');
    for (const options of [2, 6]) assert.equal(refusal({ options }), 'The number of options must be from 3 to 5.');
    // the page offers fewer versions than the engine allows
    assert.equal(refusal({ versions: MAX_VERSIONS + 1 }), `The number of versions must be from 1 to ${String(MAX_VERSIONS)}.`);
    assert.equal(made({ versions: MAX_VERSIONS, count: 3 }).versions.length, MAX_VERSIONS);
  });

  it('gives the engine’s QuizError words when the pack can’t make that many, and never throws', () => {
    assert.match(refusal({ count: 999, versions: 3 }), /can make only \d+ independent questions/u);
    const small = makeClassroom(syntheticPack({ facts: 3 }), settings({ count: 40 }));
    assert.ok(!small.ok);
    assert.match(small.message, /can make only/u);
  });
});

describe('the classroom model: pack files', () => {
  const packText = readFileSync('questions/state-visit.json', 'utf8');

  it('reads a valid pack file into its pack, with the file’s name', () => {
    const file = readPackFile('state-visit.json', packText);
    assert.ok(file.ok);
    assert.equal(file.name, 'state-visit.json');
    assert.equal(file.pack.id, stateVisitPack.id);
    assert.equal(file.pack.facts.length, stateVisitPack.facts.length);
    assert.ok(makeClassroom(file.pack, settings()).ok);
  });

  it('says a file that is not JSON is not JSON, for the whole file', () => {
    const file = readPackFile('notes.json', 'Facts: the King invited the president');
    assert.ok(!file.ok);
    assert.equal(file.name, 'notes.json');
    const [problem, ...more] = file.problems;
    assert.deepEqual(more, []);
    assert.ok(problem);
    assert.equal(problem.path, '');
    assert.match(problem.message, /^This is not JSON: /u);
  });

  it('lists every problem of an invalid pack with its JSON path', () => {
    const bad = JSON.parse(packText) as { id: string; facts: Record<string, unknown>[] };
    bad.id = 'Bad Id';
    bad.facts[3]!.object = 'no-such-entity';
    delete bad.facts[5]!.quote;
    const file = readPackFile('broken.json', JSON.stringify(bad));
    assert.ok(!file.ok);
    assert.deepEqual(file.problems.map((p) => p.path).sort(), ['facts[3].object', 'facts[5].quote', 'id']);
    for (const problem of file.problems) assert.ok(problem.message.length > 10, problem.message);
  });
});
