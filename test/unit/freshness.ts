// Whether a built file is newer than what it is built from, so tests that read build
// output rebuild only what is stale.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time (ms) of the files at `paths`, folders searched through. */
export function newestInput(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path, { recursive: true })) {
        const file = statSync(join(path, String(name)));
        if (file.isFile()) newest = Math.max(newest, file.mtimeMs);
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

/** True when `output` exists and is newer than every file in `inputs`. */
export function isFresh(output: string, inputs: readonly string[]): boolean {
  const stat = statSync(output, { throwIfNoEntry: false });
  return stat !== undefined && stat.mtimeMs >= newestInput(inputs);
}
