/**
 * The words of the French classroom exports, with French typography: a narrow no-break
 * space before : and inside « ».
 */
import type { ExportWords } from '../types.js';

export const exportWords: ExportWords = {
  source: 'Source\u202f:',
  colon: '\u202f:',
  openQuote: '«\u202f',
  closeQuote: '\u202f»',
  version: (letter) => `version ${letter}`,
  versionCategory: (title, letter, seed) => `${title}, version ${letter} (graine ${seed})`,
  questionCount: (count) => `${String(count)} ${count < 2 ? 'question' : 'questions'}`,
  worksheet: {
    title: (title) => `${title}\u202f: fiche d’exercices`,
    sheetFooter: (title, letter, seed) => `${title} · version ${letter} · graine ${seed}`,
    keyFooter: (title, letter, seed) => `${title} · corrigé, version ${letter} · graine ${seed}`,
    version: 'Version',
    seed: 'graine',
    name: 'Nom',
    className: 'Classe',
    date: 'Date',
    instructions: 'Écrivez vos réponses dans les cases. Chaque question dit quoi écrire.',
    hints: {
      single: 'Écrivez une lettre.',
      'true-false': 'Écrivez une lettre.',
      multiple: 'Écrivez la lettre de chaque bonne réponse\u202f; il peut y en avoir plusieurs.',
      order: 'Écrivez les lettres dans l’ordre, de la plus ancienne à la plus récente.',
    },
    answerBox: 'Votre réponse',
    position: (n) => `Position ${String(n)}`,
    keyTitle: (title) => `${title}\u202f: corrigé`,
    number: 'N°',
    answer: 'Réponse',
    why: 'Pourquoi, et où vérifier',
  },
  markdown: {
    meta: (seed, count, generator) => `Graine\u202f: ${seed} · ${String(count)} ${count < 2 ? 'question' : 'questions'} · ${generator}`,
    hints: { multiple: 'Cochez chaque bonne réponse.', order: 'Écrivez les lettres dans l’ordre.' },
    order: 'Ordre\u202f:',
    answerKey: 'Corrigé',
  },
  gift: {
    header: (title, count, seed, generator) => `${title}\u202f: ${String(count)} ${count < 2 ? 'question' : 'questions'}, graine «\u202f${seed}\u202f», ${generator}.`,
    orderNote: 'Les questions d’ordre sont des questions d’appariement\u202f: associez chaque événement à sa position, 1 = le plus ancien.',
    skipped: (id, reason) => `omise\u202f: ${id}\u202f: ${reason}`,
    formatName: 'un de ses textes commence par un nom de format GIFT comme [html].',
    arrow: 'une option sur une ligne «\u202f=\u202f» contient «\u202f->\u202f», que GIFT lit comme une paire à associer.',
  },
  qti: {
    section: (seed) => `Graine ${seed}`,
  },
};
