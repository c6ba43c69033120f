/**
 * Input limits: the largest packs and quizzes the engine, the element and the CLI accept.
 * Every pack that passes them validates and makes a quiz well under a second; the built-in
 * pack and the test packs use a small fraction of each. `validatePack` enforces the pack
 * limits with a message naming the limit; byte limits are for whoever reads the file or URL.
 */

/** Bytes of a pack file or `src` response: 30 times the built-in pack (67 KB), read and parsed in milliseconds. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Bytes of a quiz file (CLI, element `quiz`): a quiz of the largest pack's questions fits with room. */
export const MAX_QUIZ_BYTES = 2 * 1024 * 1024;

/** Facts in a pack: a first quiz (the engine plans every question then) stays under 1 s at 2,000; an article gives dozens. */
export const MAX_FACTS = 2_000;

/** Entities in a pack: distractor pools are drawn from classes of entities, so this bounds each pool. */
export const MAX_ENTITIES = 20_000;

/** Relations in a pack: each brings its own templates; real packs use a few dozen. */
export const MAX_RELATIONS = 500;

/** Classes in a pack: class trees are walked for every entity object, so they stay small. */
export const MAX_CLASSES = 1_000;

/** Sources in a pack: each may name a text file to read, so the number of files read stays small. */
export const MAX_SOURCES = 200;

/** Characters of one template: a question or statement is a sentence, not a page. */
export const MAX_TEMPLATE_LENGTH = 500;

/** `{…}` slots in one template: filling a slot re-reads the sentence, so many slots made it quadratic. */
export const MAX_TEMPLATE_SLOTS = 4;

/** Characters of a quote, note, title or description: a long paragraph, never a whole article. */
export const MAX_STRING_LENGTH = 5_000;

/** Characters of what becomes an option or a name (labels, aliases, text objects, units): it must fit a button. */
export const MAX_LABEL_LENGTH = 200;

/** Characters of an id: ids are names in paths and question ids, not texts. */
export const MAX_ID_LENGTH = 100;

/** Levels of nesting of objects and lists: a pack needs 5; deeper is a mistake or an attack on the stack. */
export const MAX_DEPTH = 20;

/** Entries in a fact's `objects`, `quotes`, `falseObjects` or `exclude`, or an entity's `aliases`. */
export const MAX_OBJECTS_PER_FACT = 200;

/** Problems listed by the validator; one last problem counts the rest, so a broken pack prints a page, not a book. */
export const MAX_PROBLEMS = 50;

/** Characters of a bad value quoted in a message: enough to find it, short enough to read. */
export const MAX_EXCERPT_LENGTH = 60;

/** Decimals of a number in a pack: more are noise from a unit conversion, and they break exact comparison. */
export const MAX_DECIMALS = 6;

/** Characters of a source text quotes are checked against: a long report is 100,000; a whole book is not an article. */
export const MAX_SOURCE_TEXT_LENGTH = 1_000_000;
