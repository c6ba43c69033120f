/** The engine: packs in, quizzes out. No DOM, no Lit. */
export type * from './pack.js';
export type * from './quiz.js';
export { validatePack, type ValidatePackOptions } from './validate.js';
export { isHttpUrl } from './links.js';
export { parsePack, syntaxErrorWords, type ParsePackOptions, type PackParseResult, type PackParseFailure } from './parse.js';
export { readQuizOptions, QUIZ_OPTION_RANGES, type QuizOptionsInput, type QuizOptionsRead, type QuizOptionProblem, type NumericQuizOption } from './options.js';
export { letter, questionSources } from './display.js';
export { validateQuiz, type QuizValidationResult } from './quiz-validate.js';
export { generateQuiz, generateVersions, questionBank, QuizError, KINDS, DIFFICULTIES, DEFAULT_SEED, type GenerateQuizOptions, type GenerateVersionsOptions, type QuestionBankOptions } from './generate.js';
export { grade, isCorrect } from './grade.js';
export { yieldReport, formatYieldReport, type YieldReport, type YieldReportOptions, type FactYield, type DroppedQuestion, type QuestionCount } from './report.js';
export { VERSION, GENERATOR } from './version.js';
