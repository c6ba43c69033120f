/**
 * Moodle grades an answer only with a fraction from its fixed list (100, 90, 83.33333,
 * 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5,
 * 11.11111, 10, 5, 0 and their negatives); an import with any other value fails. Both
 * Moodle formats share these.
 */

// 100 split into 1…10 equal parts, written as Moodle writes them.
const SHARES = ['100', '50', '33.33333', '25', '20', '16.66667', '14.28571', '12.5', '11.11111', '10'] as const;

/**
 * The percentage each of `parts` answers gets so that together they make 100, as Moodle
 * accepts it. Throws past 10 parts: Moodle has no grade for a twelfth.
 */
export function share(parts: number): string {
  const value = SHARES[parts - 1];
  if (value === undefined) throw new Error(`Moodle can't split a grade into ${String(parts)} equal parts (1 to 10 only).`);
  return value;
}

/**
 * The grades of a select-all question in option order: the keys share +100, the wrong
 * options share -100, so ticking everything scores 0 and Moodle's check that the
 * positive grades add up to 100 passes.
 */
export function multipleAnswerGrades(isKey: readonly boolean[]): string[] {
  const keys = isKey.filter(Boolean).length;
  const wrong = isKey.length - keys;
  return isKey.map((key) => (key ? share(keys) : `-${share(wrong)}`));
}
