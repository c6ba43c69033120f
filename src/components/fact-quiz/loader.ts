/**
 * Reads and validates what `<fact-quiz src>` names: a pack, or a pre-made quiz. Loaded
 * on demand by the element (a dynamic import), so pages that use the built-in quiz never
 * download the validators. It carries the quiz checker (also for the `quiz` property):
 * a pre-made quiz's page waits for this one chunk, not a chain of them.
 */
import type { FoundProblem, Pack, Quiz } from '../../engine/index.js';
import type { PackCheck } from '../../engine/validate.js';
import { checkQuiz } from '../../engine/quiz-validate.js';
import { MAX_PACK_BYTES } from '../../engine/limits.js';

export { checkQuiz };

/** Why a pack could not be loaded: the element turns it into words in the reader's language. */
export type LoadFailure =
  | { reason: 'http'; status: number }
  | { reason: 'json' }
  | { reason: 'invalid'; problems: FoundProblem[] }
  | { reason: 'timeout'; ms: number }
  | { reason: 'size'; limit: number }
  | { reason: 'network' };

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(readonly failure: LoadFailure) {
    super(`fact-quiz: the pack or quiz could not be loaded (${failure.reason})`);
  }
}

/**
 * The response body as text, read as a stream and cancelled as soon as it passes `limit`
 * bytes: a 20 MB (or endless) response never gets downloaded, decoded or parsed whole.
 * A UTF-8 byte-order mark is kept for `parsePack`, which drops it for every front end.
 */
async function readText(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit || !response.body) {
    await response.body?.cancel();
    if (declared > limit) throw new LoadError({ reason: 'size', limit });
    return '';
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      throw new LoadError({ reason: 'size', limit });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** What a `src` held: a pack to make quizzes from, or a quiz made already. */
export type Loaded = { pack: Pack } | { quiz: Quiz };

/**
 * The pack or quiz of a response, validated. `request` is the signal the fetch was made
 * with: aborted for a newer `src` (then this rejects with its reason), or when the time
 * ran out (a `TimeoutError` reason). Rejects with a `LoadError` otherwise.
 */
export async function loadSource(response: Promise<Response>, request: AbortSignal, timeout: number): Promise<Loaded> {
  let text: string;
  try {
    const answer = await response;
    if (!answer.ok) throw new LoadError({ reason: 'http', status: answer.status });
    text = await readText(answer, MAX_PACK_BYTES);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const timedOut = (request.reason as Error | undefined)?.name === 'TimeoutError';
    if (!timedOut) request.throwIfAborted();
    throw new LoadError(timedOut ? { reason: 'timeout', ms: timeout } : { reason: 'network' });
  }
  return checked(text);
}

/**
 * The file's JSON, parsed once: a pre-made quiz checked by the quiz checker, anything
 * else by the pack validator, fetched only for packs. Both give problems as codes, which
 * the element words in the reader's language.
 */
async function checked(text: string): Promise<Loaded> {
  const parsed = jsonOf(text);
  // The widget says only that the file is not JSON, not where: no syntax locator needed.
  if (parsed === undefined) throw new LoadError({ reason: 'json' });
  const result = isQuizJson(parsed.json) ? checkQuiz(parsed.json) : await checkedPack(parsed.json);
  if (!result.ok) throw new LoadError({ reason: 'invalid', problems: result.problems });
  return 'quiz' in result ? { quiz: result.quiz } : { pack: result.pack };
}

/** A pack's checks, fetched for packs only (destructured, so the build leaves the English sentences out). */
async function checkedPack(json: unknown): Promise<PackCheck> {
  const { checkPack } = await import('../../engine/validate.js');
  return checkPack(json);
}

/** The text's JSON (a leading byte-order mark dropped), or undefined when it is not JSON. */
function jsonOf(text: string): { json: unknown } | undefined {
  try {
    return { json: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown };
  } catch {
    return undefined;
  }
}

/** A pre-made quiz says so: `"format": "fact-quiz/quiz@1"`. */
function isQuizJson(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'fact-quiz/quiz@1';
}
