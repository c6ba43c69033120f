// The element's attributes read into settings (src/components/fact-quiz/settings.ts), in
// Node: what each attribute becomes and the console warning a wrong one gets.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_COUNT, DEFAULT_TIMEOUT, optionsKey, readSettings, type SettingsInput } from '../../src/components/fact-quiz/settings.js';

/** The settings and the warnings for the attributes `given` (the rest unset), typed as in HTML. */
function read(given: Partial<Omit<SettingsInput, 'typed'>>, typed: Partial<Record<'count' | 'timeout', string>> = {}): { settings: ReturnType<typeof readSettings>; warnings: string[] } {
  const warnings: string[] = [];
  const input: SettingsInput = { count: undefined, kinds: undefined, difficulty: undefined, mode: 'practice', timeout: undefined, ...given, typed: (name) => typed[name] ?? null };
  const settings = readSettings(input, (message) => warnings.push(message));
  return { settings, warnings };
}

describe('readSettings', () => {
  it('leaves the defaults to the quiz maker when nothing is set, with no warning', () => {
    const { settings, warnings } = read({});
    assert.deepEqual(settings, { count: undefined, kinds: undefined, difficulty: undefined, exam: false, timeout: DEFAULT_TIMEOUT });
    assert.deepEqual(warnings, []);
  });

  it('reads count, kinds, difficulty, exam mode and timeout', () => {
    const { settings, warnings } = read({ count: 7, kinds: 'order, single', difficulty: 'hard', mode: 'exam', timeout: 2500 });
    assert.deepEqual(settings, { count: 7, kinds: ['order', 'single'], difficulty: 'hard', exam: true, timeout: 2500 });
    assert.deepEqual(warnings, []);
  });

  it('treats an empty kinds or difficulty attribute as no attribute', () => {
    const { settings, warnings } = read({ kinds: '', difficulty: '' });
    assert.equal(settings.kinds, undefined);
    assert.equal(settings.difficulty, undefined);
    assert.deepEqual(warnings, []);
  });

  it('warns with the text the author typed and uses the default instead', () => {
    const { settings, warnings } = read({ count: Number.NaN, timeout: Number.NaN, mode: 'quiz', difficulty: 'brutal' }, { count: 'abc', timeout: 'soon' });
    assert.deepEqual(settings, { count: undefined, kinds: undefined, difficulty: undefined, exam: false, timeout: DEFAULT_TIMEOUT });
    assert.deepEqual(warnings, [
      `<fact-quiz>: ignoring count="abc"; using ${String(DEFAULT_COUNT)} or as many as the pack allows.`,
      '<fact-quiz>: ignoring difficulty="brutal"; using mixed.',
      '<fact-quiz>: ignoring mode="quiz"; using practice.',
      `<fact-quiz>: ignoring timeout="soon"; using ${String(DEFAULT_TIMEOUT)}.`,
    ]);
  });

  it('keeps the known kinds of a list with a typo, and names what it uses', () => {
    const { settings, warnings } = read({ kinds: 'single,sngle' });
    assert.deepEqual(settings.kinds, ['single']);
    assert.deepEqual(warnings, ['<fact-quiz>: ignoring kinds="single,sngle"; using single.']);
    assert.deepEqual(read({ kinds: 'none,at,all' }).warnings, ['<fact-quiz>: ignoring kinds="none,at,all"; using every kind.']);
  });

  it('refuses a count out of range and a timeout of zero', () => {
    const { settings, warnings } = read({ count: 0, timeout: 0 }, { count: '0', timeout: '0' });
    assert.equal(settings.count, undefined);
    assert.equal(settings.timeout, DEFAULT_TIMEOUT);
    assert.equal(warnings.length, 2);
  });

  it('cuts a huge attribute short in its warning', () => {
    const { warnings } = read({ difficulty: 'x'.repeat(100_000) });
    assert.equal(warnings.length, 1);
    assert.ok((warnings[0] as string).length <= 300, `a warning of ${String(warnings[0]?.length)} characters`);
    assert.ok(warnings[0]?.endsWith('…'));
  });
});

describe('optionsKey', () => {
  it('tells quizzes made with other options apart, and not the mode or timeout', () => {
    const base = read({ count: 5, kinds: 'single' }).settings;
    assert.equal(optionsKey(base), optionsKey(read({ count: 5, kinds: 'single', mode: 'exam', timeout: 50 }).settings));
    assert.notEqual(optionsKey(base), optionsKey(read({ count: 6, kinds: 'single' }).settings));
    assert.notEqual(optionsKey(base), optionsKey(read({ count: 5 }).settings));
    assert.equal(optionsKey(read({}).settings), '[null,null,null]');
  });
});
