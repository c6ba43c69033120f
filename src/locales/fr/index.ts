/** French. */
import type { Locale } from '../types.js';
import { engine } from './engine.js';
import { exportWords } from './exports.js';
import { problems } from './problems.js';
import { widget } from './widget.js';

export const fr: Locale = { tag: 'fr', widget, engine, exports: exportWords, problems };
