/** The words the engine writes into French questions. */
import type { EngineWords } from '../types.js';

export const engine: EngineWords = {
  true: 'Vrai',
  false: 'Faux',
  trueOrFalse: (statement) => `${statement} Vrai ou faux ?`,
  orderStem: 'Remettez ces événements dans l’ordre chronologique, du plus ancien au plus récent.',
  firstStem: 'Lequel de ces événements a eu lieu en premier ?',
  seasons: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
  // « du 26 juillet au 11 août », « au printemps » (but « en été », « en automne »).
  datePhrase: (text, precision, isRange) =>
    precision === 'day'
      ? isRange
        ? `du ${text.replace(/\s*[\u2013\u2014-]\s*/, ' au ')}`
        : `le ${text}`
      : precision === 'season' && /^printemps/i.test(text)
        ? `au ${text}`
        : `en ${text}`,
  orderExplanation: (events) => `Dans l’ordre : ${events.join(' ; ')}.`,
  // Worded so that it agrees with any event, singular or plural, masculine or feminine.
  firstExplanation: (event, date) => `En premier : ${event} (${date}).`,
  qualified: (qualifier, number) => `${{ about: 'environ', over: 'plus de', under: 'moins de', 'at-least': 'au moins', 'at-most': 'au plus' }[qualifier]} ${number}`,
};
