/**
 * The engine's words in every language. Its own module, which the engine imports
 * instead of the index: a bundle of the engine carries no widget or export words.
 */
import type { EngineWords } from './types.js';
import type { WordTable } from './lookup.js';
import { engine as en } from './en/engine.js';
import { engine as fr } from './fr/engine.js';

export const ENGINE_WORDS: WordTable<EngineWords> = { en, fr };
