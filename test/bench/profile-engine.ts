/**
 * One engine task to profile: `node --cpu-prof --cpu-prof-dir DIR --import tsx
 * test/bench/profile-engine.ts quiz|bank FACTS`. `quiz` indexes and plans the
 * synthetic pack, then makes 20 quizzes (the profile holds both: read the quiz part
 * by comparing with FACTS 0 quizzes); `bank` makes the bank once.
 */
import { generateQuiz, questionBank } from '../../src/engine/index.js';
import { syntheticPack } from '../packs/synthetic.js';

const [task = 'quiz', facts = '10000', quizzes = '20'] = process.argv.slice(2);
const pack = syntheticPack({ facts: Number(facts) });
const start = performance.now();
if (task === 'bank') {
  console.log(`${String(questionBank(pack).questions.length)} questions`);
} else {
  generateQuiz(pack, { seed: 'warm-up', count: 10 });
  console.log(`indexed and first quiz: ${(performance.now() - start).toFixed(0)} ms`);
  const next = performance.now();
  for (let i = 0; i < Number(quizzes); i++) generateQuiz(pack, { seed: `profile-${String(i)}`, count: 10 });
  console.log(`${quizzes} next quizzes: ${(performance.now() - next).toFixed(0)} ms`);
}
console.log(`${task}: ${(performance.now() - start).toFixed(0)} ms`);
