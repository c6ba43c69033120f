import type { Grade, Question, Quiz, Responses } from './quiz.js';

/** True when `chosen` is the answer: the one key, every key and no other, or the exact order. */
export function isCorrect(question: Question, chosen: readonly string[]): boolean {
  const answer = question.answer;
  if (question.kind === 'order') return chosen.length === answer.length && chosen.every((id, i) => id === answer[i]);
  const picked = new Set(chosen);
  return picked.size === chosen.length && picked.size === answer.length && answer.every((id) => picked.has(id));
}

/**
 * Scores responses to a quiz: one point per question answered exactly right, no
 * partial credit. Questions without a response count as wrong.
 *
 * @example
 * grade(quiz, { [quiz.questions[0].id]: ['b'] }) // { score: 1, total: 10, results: [...] }
 */
export function grade(quiz: Quiz, responses: Responses): Grade {
  const results = quiz.questions.map((question) => {
    const chosen = Object.hasOwn(responses, question.id) ? (responses[question.id] ?? []) : [];
    return { questionId: question.id, chosen, correct: isCorrect(question, chosen) };
  });
  return { score: results.filter((r) => r.correct).length, total: results.length, results };
}
