// `npm run quiz:built-in`: writes questions/state-visit.quiz.json, the quiz the element
// shows with no attributes, as `fact-quiz generate --format json` would write it. Run it
// when the engine or the built-in pack changes; test/unit/built-in-quiz.test.ts says when.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateQuiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { BUILT_IN_QUIZ_OPTIONS } from '../../src/built-in-quiz.js';

const file = fileURLToPath(new URL('../../questions/state-visit.quiz.json', import.meta.url));
writeFileSync(file, `${JSON.stringify(generateQuiz(stateVisitPack, BUILT_IN_QUIZ_OPTIONS), null, 2)}\n`);
console.log(`quiz:built-in: wrote ${file}`);
