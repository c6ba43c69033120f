/** The words the engine writes into English questions. */
import type { EngineWords } from '../types.js';

export const engine: EngineWords = {
  true: 'True',
  false: 'False',
  trueOrFalse: (statement) => `${statement} True or false?`,
  orderStem: 'Put these events in time order, earliest first.',
  firstStem: 'Which of these came first?',
  seasons: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
  datePhrase: (text, precision) => (precision === 'day' ? `on ${text}` : `in ${text}`),
  orderExplanation: (events) => `In time order: ${events.join('; ')}.`,
  firstExplanation: (event, date) => `${event} came first (${date}).`,
  qualified: (qualifier, number) => `${{ about: 'about', over: 'over', under: 'under', 'at-least': 'at least', 'at-most': 'at most' }[qualifier]} ${number}`,
};
