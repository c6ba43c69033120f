/**
 * The benchmark's verdicts: a goal met, or missed and by how much, in words for
 * RESULTS.md. A figure that wasn't measured (NaN) is said to be so, never met.
 */

export const times = (ratio: number): string => (Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '—');

/** A ratio that must be at least `goal` (weight: lighter; time: sooner). */
export function atLeast(ratio: number, goal: number, need: string): string {
  if (!Number.isFinite(ratio)) return 'not measured';
  if (ratio >= goal) return 'met';
  return `**missed**: ${ratio.toFixed(2)}×, ${((100 * (goal - ratio)) / goal).toFixed(0)}% short of ${String(goal)}× (${need})`;
}

/** A figure that must stay under `limit` (strictly, or at most when `orEqual`). */
export function under(value: number, limit: number, shown: (v: number) => string, orEqual = false): string {
  if (!Number.isFinite(value)) return 'not measured';
  if (value < limit || (orEqual && value <= limit)) return 'met';
  return `**missed** by ${shown(value - limit)} (${shown(value)})`;
}
