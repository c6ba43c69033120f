/** English, the language every other one falls back to. */
import type { Locale } from '../types.js';
import { engine } from './engine.js';
import { exportWords } from './exports.js';
import { problems } from './problems.js';
import { widget } from './widget.js';

export const en: Locale = { tag: 'en', widget, engine, exports: exportWords, problems };
