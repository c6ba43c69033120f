/**
 * The reader's progress with `persist`: the code that saves and reads it
 * (./persistence.ts) is fetched only when `persist` is on, so the first load of every
 * other quiz carries none of it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PersistenceController, Progress } from './persistence.js';
import type { SessionSnapshot } from './session.js';

/** What to save now: the session's state and the options the quiz was made with; undefined for nothing. */
export type ProgressToSave = () => { snapshot: SessionSnapshot; options: string } | undefined;

export class SavedProgress {
  private store: PersistenceController | undefined;
  /** What progress is kept under: the quiz's pack and the seed asked for. */
  private kept = { packId: '', seed: '' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly toSave: ProgressToSave,
  ) {}

  /** Keeps progress for the quiz of `packId` and `seed`, and reads what was saved on it (made with `options`). */
  async read(packId: string, seed: string, options: string, drawn: boolean): Promise<Progress | undefined> {
    this.kept = { packId, seed };
    try {
      const [{ progressKey, progressOfQuiz }, store] = await Promise.all([import('./persistence.js'), this.open()]);
      return progressOfQuiz(store.read(progressKey(packId, seed)), { seed, options, drawn });
    } catch {
      // Offline: the quiz is shown, without its saved progress.
      return undefined;
    }
  }

  /** Starts saving (`persist` turned on after the quiz was shown). */
  start(): void {
    this.open().catch(() => undefined);
  }

  private async open(): Promise<PersistenceController> {
    const { PersistenceController, progressKey } = await import('./persistence.js');
    this.store ??= new PersistenceController(this.host, () => {
      const now = this.toSave();
      if (!now) return undefined;
      const { seed, ...progress } = now.snapshot;
      return { key: progressKey(this.kept.packId, this.kept.seed), progress: { seed, options: now.options, ...progress } };
    });
    return this.store;
  }
}
