/**
 * Reads and validates what `<fact-quiz src>` names: a pack, or a pre-made quiz. Loaded
 * on demand by the element (a dynamic import), so pages that use the built-in quiz never
 * download the validators. It carries the quiz checker (also for the `quiz` property):
 * a pre-made quiz's page waits for this one chunk, not a chain of them.
 */
import type { FoundProblem, Pack, Quiz } from '../../engine/index.js';
import type { PackRead } from '../../engine/parse.js';
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
 * A pre-made quiz checked by the quiz validator alone, anything else by the pack parser
 * (which finds where JSON breaks): each is fetched only for the files that need it. Both
 * give problems as codes, which the element words in the reader's language.
 */
async function checked(text: string): Promise<Loaded> {
  const quiz = quizJson(text);
  if (quiz !== undefined) {
    const result = checkQuiz(quiz);
    if (!result.ok) throw new LoadError({ reason: 'invalid', problems: result.problems });
    return { quiz: result.quiz };
  }
  const { readPack } = await import('../../engine/parse.js');
  const result = readPack(text);
  if (!result.ok) throw new LoadError(loadFailure(result));
  return { pack: result.pack };
}

/** The JSON of a pre-made quiz (`"format": "fact-quiz/quiz@1"`), else undefined. */
function quizJson(text: string): unknown {
  try {
    const json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
    return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'fact-quiz/quiz@1' ? json : undefined;
  } catch {
    return undefined;
  }
}

/** The engine's reason a text is not a pack, as the element words it. */
function loadFailure(failure: Exclude<PackRead, { ok: true }>): LoadFailure {
  if (failure.reason === 'size') return { reason: 'size', limit: failure.limit };
  if (failure.reason === 'json') return { reason: 'json' };
  return { reason: 'invalid', problems: failure.problems };
}
