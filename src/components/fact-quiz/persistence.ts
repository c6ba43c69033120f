import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VERSION } from '../../engine/version.js';
import type { SessionSnapshot } from './session.js';

/** A reader's progress through one quiz, as saved in `localStorage`: the session and what the quiz was made with. */
export interface Progress extends SessionSnapshot {
  /** The options (count, kinds, difficulty) the quiz was made with: other options, another quiz. */
  options: string;
}

/** Where a quiz's progress is kept: one entry per version, pack and seed asked for. */
export function progressKey(packId: string, seed: string): string {
  return `fact-quiz:${VERSION}:${packId}:${seed}`;
}

/**
 * Saved progress belongs to one quiz (pack, seed, options): a saved seed never overrides
 * the seed attribute, and counts only for seed="random" on a pack, where it is the quiz drawn.
 */
export function progressOfQuiz(stored: Progress | undefined, quiz: { seed: string; options: string; drawn: boolean }): Progress | undefined {
  return stored?.options === quiz.options && (stored.seed === quiz.seed || (quiz.seed === 'random' && quiz.drawn)) ? stored : undefined;
}

/**
 * The most saved progress read back, in characters: a quiz's progress takes a few KB, and
 * a value past this (a tampered or foreign entry) is ignored without being parsed, so it
 * can't slow every load.
 */
export const MAX_SAVED_PROGRESS = 64 * 1024;

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Saved progress read back, or undefined when it is not what this version wrote. */
function parse(text: string): Progress | undefined {
  try {
    const p = JSON.parse(text) as Partial<Progress> | null;
    return p &&
      typeof p.seed === 'string' &&
      typeof p.options === 'string' &&
      isStrings(p.ids) &&
      (p.phase === 'question' || p.phase === 'results') &&
      Number.isInteger(p.index) &&
      isStrings(p.draft) &&
      typeof p.answers === 'object' &&
      !Array.isArray(p.answers) &&
      Object.values(p.answers).every(isStrings)
      ? (p as Progress)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves the host's progress after each update and reads it back. Storage that throws
 * (private browsing, a full quota, storage blocked in a sandboxed frame) turns
 * persistence off for this element, with one console warning; the quiz goes on.
 */
export class PersistenceController implements ReactiveController {
  private off = false;
  private last = '';

  /** `snapshot` returns the key and progress to save now, or undefined for nothing to save. */
  constructor(
    host: ReactiveControllerHost,
    private readonly snapshot: () => { key: string; progress: Progress } | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const saved = this.snapshot();
    if (!saved) return;
    const text = JSON.stringify(saved.progress);
    if (`${saved.key}\n${text}` === this.last) return;
    this.last = `${saved.key}\n${text}`;
    this.use((storage) => {
      storage.setItem(saved.key, text);
    });
  }

  read(key: string): Progress | undefined {
    const text = this.use((storage) => storage.getItem(key));
    return typeof text === 'string' && text.length <= MAX_SAVED_PROGRESS ? parse(text) : undefined;
  }

  private use<T>(action: (storage: Storage) => T): T | undefined {
    if (this.off) return undefined;
    try {
      return action(localStorage);
    } catch (error) {
      this.off = true;
      console.warn('<fact-quiz>: progress cannot be saved in this browser, so it will not survive a reload.', error);
      return undefined;
    }
  }
}
