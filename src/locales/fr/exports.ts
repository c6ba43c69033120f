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
  kahoot: {
    intro: [
      'Modèle de quiz',
      'Ajoutez des questions, au moins deux réponses possibles, un temps limite, et choisissez les bonnes réponses (au moins une). Amusez-vous bien à créer votre quiz\u202f!',
      'Rappel\u202f: une question compte au plus 120 caractères et une réponse 75. Le texte devient rouge dans Excel ou Google Docs au-delà de cette limite. Si plusieurs réponses sont bonnes, séparez-les par une virgule.',
      'Fait par fact-quiz\u202f: chaque question ci-dessous vient d’un fait sourcé.',
      'Et n’oubliez pas\u202f: sans Excel, exportez au format .xlsx avant d’importer dans Kahoot\u202f!',
    ],
    headers: [
      'Question - 120 caractères au plus',
      'Réponse 1 - 75 caractères au plus',
      'Réponse 2 - 75 caractères au plus',
      'Réponse 3 - 75 caractères au plus',
      'Réponse 4 - 75 caractères au plus',
      'Temps limite (s) – 5, 10, 20, 30, 60, 90, 120 ou 240 s',
      'Bonne(s) réponse(s) - au moins une',
    ],
    leftOut: (n, reasons) => `La question ${String(n)} a été laissée de côté\u202f: ${reasons.join('\u202f; ')}.`,
    ordering: 'c’est une question d’ordre, que l’import par tableur de Kahoot ne sait pas faire',
    stemTooLong: (length, limit) => `sa question compte ${String(length)} caractères, Kahoot en permet ${String(limit)}`,
    tooManyAnswers: (count, limit) => `elle a ${String(count)} réponses, Kahoot en permet ${String(limit)}`,
    answerTooLong: (letter, length, limit) => `sa réponse ${letter} compte ${String(length)} caractères, Kahoot en permet ${String(limit)}`,
    severalKeys: (n, keys) =>
      `La question ${String(n)} a ${String(keys)} bonnes réponses\u202f: Kahoot donne raison à un joueur qui en choisit une seule, sauf si vous en faites une question à choix multiples dans Kahoot après l’import.`,
    noneFits: 'Aucune question ne tient dans les limites de Kahoot\u202f: le tableur ne contient aucune question.',
    onlyFirstVersion: (others) =>
      `Seule la version A est dans le fichier Kahoot\u202f: Kahoot joue un quiz sur un écran partagé\u202f; exportez les ${String(others)} autre(s) version(s) une à une si besoin.`,
  },
};
