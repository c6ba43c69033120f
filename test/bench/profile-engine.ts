/**
 * A CPU profile of one engine task, and nothing else:
 * `node --import tsx test/bench/profile-engine.ts quiz|first|bank FACTS [QUIZZES] [OUT]`.
 * `quiz` indexes and plans the synthetic pack unprofiled, then profiles QUIZZES quizzes
 * (default 20) from the loaded pack; `first` profiles the first quiz (index and plans);
 * `bank` profiles one bank. The profile is written to
 * OUT (default /tmp/engine.cpuprofile); test/bench/top-functions.mjs reads it.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { generateQuiz, questionBank } from '../../src/engine/index.js';
import { syntheticPack } from '../packs/synthetic.js';

const [task = 'quiz', facts = '10000', quizzes = '20', out = '/tmp/engine.cpuprofile'] = process.argv.slice(2);
const pack = syntheticPack({ facts: Number(facts) });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
if (task === 'quiz') {
  const first = performance.now();
  generateQuiz(pack, { seed: 'warm-up', count: 10 });
  console.log(`indexed, planned and first quiz: ${(performance.now() - first).toFixed(0)} ms`);
}
await session.post('Profiler.start');
const start = performance.now();
if (task === 'bank') {
  console.log(`${String(questionBank(pack).questions.length)} questions`);
} else if (task === 'first') {
  generateQuiz(pack, { seed: 'first', count: 10 });
} else {
  for (let i = 0; i < Number(quizzes); i++) generateQuiz(pack, { seed: `profile-${String(i)}`, count: 10 });
}
console.log(`${task === 'quiz' ? `${quizzes} next quizzes` : task}: ${(performance.now() - start).toFixed(0)} ms`);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
session.disconnect();
