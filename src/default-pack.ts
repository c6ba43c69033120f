/** The built-in pack: both articles on the US president's second state visit to the UK. */
import json from '../questions/state-visit.json' with { type: 'json' };
import type { Pack } from './engine/pack.js';

// The pack is validated by the test suite, not at every page load.
export const stateVisitPack = json as unknown as Pack;
