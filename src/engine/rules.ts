/**
 * Checks on a question's options that the engine runs before it keeps a draw
 * (rules of questions/QUALITY.md: distinct options, no length cue,
 * no banned forms, no word cue). A draw with a flaw is redrawn or dropped.
 */
import { type FoldedText, foldText, foldedText } from './text.js';

/** Words too common to be a cue. */
const COMMON = new Set(
  'about above after again also among been before being between both could does during each from have having here into just more most much only other over same should some such than that their them then there these they this those through under until very were what when where which while whom whose will with would your the and for are was who how why has had its not but can may our out off'.split(' '),
);
const BANNED = ['all of the above', 'none of the above', 'both a and b', 'all of these', 'none of these'];

/** Words of a text that could give an answer away: folded, four letters or more, not common. */
export function distinctiveWords(text: string): ReadonlySet<string> {
  return distinctiveOf(foldedText(text));
}

function distinctiveOf(text: FoldedText): ReadonlySet<string> {
  return (text.distinctive ??= new Set(text.words.filter((w) => w.length >= 4 && !COMMON.has(w))));
}

/** An option folded and padded with spaces for whole-word containment, or '' when it is empty or banned. */
function asOption(text: FoldedText): string {
  const { folded, padded } = text;
  return (text.asOption ??= folded === '' || BANNED.some((b) => folded.includes(b)) ? '' : padded);
}

/** Articles a stem must not end on: the article agrees with some options only (rule: no word cue). */
const ARTICLES = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'les', 'des', 'du', 'l']);

/** True when the last word of a stem, before its closing mark, is an article ("…always eats an?"). */
export function endsWithArticle(stem: string): boolean {
  const words = foldedText(stem).words;
  return ARTICLES.has(words[words.length - 1] ?? '');
}

/**
 * True when two texts can't be told apart as answers: equal once folded, or one standing
 * in the other as whole words ("Marseille", "Olympique de Marseille").
 */
export function overlaps(a: string, b: string): boolean {
  return foldText(a) === foldText(b) || containsWords(a, b) || containsWords(b, a);
}

/**
 * True when `key` shares more of the stem's words (any word, however short) than every
 * other option: what a test-wise solver picks (rule: test-wise solvers fail).
 */
export function sharesMostWords(stem: string, key: string, others: readonly string[]): boolean {
  const folded = foldedText(stem);
  const stemWords = (folded.wordSet ??= new Set(folded.words));
  const keyShares = sharedWords(stemWords, key);
  return keyShares > 0 && others.every((o) => sharedWords(stemWords, o) < keyShares);
}

/** How many of a text's words (repeats too) are among `words`. */
function sharedWords(words: ReadonlySet<string>, text: string): number {
  let count = 0;
  for (const w of foldedText(text).words) if (w !== '' && words.has(w)) count++;
  return count;
}

/** True when `inner`'s words stand in `outer` as a run of whole words. */
export function containsWords(outer: string, inner: string): boolean {
  const i = foldedText(inner);
  return i.folded !== '' && foldedText(outer).padded.includes(i.padded);
}

/**
 * What is wrong with these options for this stem, or undefined when nothing is.
 * `keys` are the places of the correct options.
 */
export function optionFlaw(stem: string, options: readonly string[], keys: readonly number[]): string | undefined {
  // Each text is looked up once: what the rules read of it is kept on its record.
  const folded = options.map(foldedText);
  const padded = folded.map(asOption);
  for (const [i, a] of padded.entries()) {
    if (a === '') return `option "${options[i] ?? ''}" is empty or a banned form`;
    for (const [j, b] of padded.entries()) {
      if (i !== j && a.includes(b)) return `options "${options[i] ?? ''}" and "${options[j] ?? ''}" overlap`;
    }
  }
  if (stem === '') return keyFlaw(options, keys);
  const stemText = foldedText(stem);
  const stemWords = stemText.words;
  if (ARTICLES.has(stemWords[stemWords.length - 1] ?? '')) return 'the stem ends with an article';
  for (const k of keys) {
    const key = folded[k];
    if (key !== undefined && key.folded !== '' && stemText.padded.includes(key.padded)) return `the stem names the key "${options[k] ?? ''}"`;
  }
  const flaw = keyFlaw(options, keys);
  if (flaw !== undefined || keys.length === options.length) return flaw;
  const stemDistinctive = distinctiveOf(stemText);
  for (const k of keys) {
    for (const cue of distinctiveOf(folded[k] as FoldedText)) {
      if (stemDistinctive.has(cue) && !folded.some((o, i) => !keys.includes(i) && distinctiveOf(o).has(cue))) return `the key repeats "${cue}" from the stem`;
    }
  }
  return undefined;
}

/** A single key conspicuously the longest option (rule: no length cue). */
function keyFlaw(options: readonly string[], keys: readonly number[]): string | undefined {
  if (keys.length !== 1 || keys.length === options.length) return undefined;
  const key = options[keys[0] as number] ?? '';
  let longestOther = -Infinity;
  for (const [i, o] of options.entries()) if (i !== keys[0]) longestOther = Math.max(longestOther, o.length);
  return key.length >= 1.5 * longestOther ? `the key "${key}" is conspicuously the longest` : undefined;
}
