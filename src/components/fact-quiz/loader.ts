/**
 * Fetches and validates a pack for `<fact-quiz src>`. Loaded on demand by the element
 * (a dynamic import), so pages that use the built-in pack never download the validator.
 */
import { validatePack, type Pack, type PackProblem } from '../../engine/index.js';

/** Why a pack could not be loaded: the element turns it into words in the reader's language. */
export type LoadFailure =
  | { reason: 'http'; status: number }
  | { reason: 'json' }
  | { reason: 'invalid'; problems: PackProblem[] }
  | { reason: 'timeout'; ms: number }
  | { reason: 'network' };

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(readonly failure: LoadFailure) {
    super(`fact-quiz: the pack could not be loaded (${failure.reason})`);
  }
}

/**
 * The pack at `url`, validated. Rejects with a `LoadError`, or with the signal's reason
 * when `signal` aborts (a newer `src` replaced this one). Gives up after `timeout` ms.
 */
export async function loadPack(url: string, signal: AbortSignal, timeout: number): Promise<Pack> {
  const controller = new AbortController();
  const abort = (): void => {
    controller.abort();
  };
  signal.addEventListener('abort', abort);
  const timer = setTimeout(() => {
    controller.abort(new DOMException('', 'TimeoutError'));
  }, timeout);
  try {
    let json: unknown;
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new LoadError({ reason: 'http', status: response.status });
      const text = await response.text();
      try {
        json = JSON.parse(text);
      } catch {
        throw new LoadError({ reason: 'json' });
      }
    } catch (error) {
      if (error instanceof LoadError) throw error;
      signal.throwIfAborted();
      const timedOut = (controller.signal.reason as Error | undefined)?.name === 'TimeoutError';
      throw new LoadError(timedOut ? { reason: 'timeout', ms: timeout } : { reason: 'network' });
    }
    const result = validatePack(json);
    if (!result.ok) throw new LoadError({ reason: 'invalid', problems: result.problems });
    return result.pack;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
