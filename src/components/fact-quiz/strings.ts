/**
 * Every word `<fact-quiz>` shows that does not come from the quiz itself. Numbers and
 * dates arrive already formatted by `Intl` in the widget's language; `count` is also
 * given as a number where a plural depends on it.
 */
export interface FactQuizStrings {
  loading: string;
  /** Heading of the message shown when a pack can't be loaded or a quiz can't be made. */
  loadFailed: string;
  quizFailed: string;
  httpError: (status: string) => string;
  notJson: string;
  invalidPack: string;
  timeout: (seconds: string) => string;
  networkError: string;
  /** The pack file is larger than the limit (`size` already formatted, e.g. "2 MB"). */
  tooLarge: (size: string) => string;
  /** After the problems listed: how many more there are. */
  moreProblems: (count: number, formatted: string) => string;
  retry: string;
  /** Intro: how many questions. */
  questions: (count: number, formatted: string) => string;
  practiceIntro: string;
  examIntro: string;
  asOf: (date: string) => string;
  start: string;
  questionOf: (n: string, total: string) => string;
  progress: string;
  selectAll: string;
  orderHint: string;
  moveUp: (item: string) => string;
  moveDown: (item: string) => string;
  moved: (item: string, position: string, total: string) => string;
  check: string;
  next: string;
  finish: string;
  chooseFirst: string;
  right: string;
  wrong: string;
  /** Marks an option after checking. */
  isKey: string;
  isWrongChoice: string;
  key: string;
  yourAnswer: string;
  /** Tags the reader's own option once checked, beside its ✓ or ✗. */
  yourChoice: string;
  noAnswer: string;
  source: string;
  results: string;
  score: (score: string, total: string, percent: string) => string;
  review: string;
  tryAgain: string;
  newQuestions: string;
  shareHeading: string;
  /** The share text: the score and the quiz's title, never an answer. */
  share: (score: string, total: string, title: string) => string;
  copy: string;
  copied: string;
  copyFailed: string;
}

export const en: FactQuizStrings = {
  loading: 'Loading the quiz…',
  loadFailed: 'This quiz could not be loaded.',
  quizFailed: 'This quiz could not be made.',
  httpError: (status) => `The server answered with status ${status}.`,
  notJson: 'The file is not valid JSON.',
  invalidPack: 'The file is not a valid fact pack:',
  timeout: (seconds) => `The server did not answer within ${seconds} seconds.`,
  networkError: 'The server could not be reached.',
  tooLarge: (size) => `The file is larger than ${size}, the most a fact pack may be.`,
  moreProblems: (count, n) => `…and ${n} more ${count === 1 ? 'problem' : 'problems'}.`,
  retry: 'Try loading again',
  questions: (count, n) => `${n} ${count === 1 ? 'question' : 'questions'}`,
  practiceIntro: 'You see the answer after each question.',
  examIntro: 'You see your answers at the end.',
  asOf: (date) => `Facts as of ${date}.`,
  start: 'Start the quiz',
  questionOf: (n, total) => `Question ${n} of ${total}`,
  progress: 'Progress',
  selectAll: 'Select every answer that applies.',
  orderHint: 'Move the items into order with their Move up and Move down buttons, or drag them.',
  moveUp: (item) => `Move “${item}” up`,
  moveDown: (item) => `Move “${item}” down`,
  moved: (item, position, total) => `“${item}” moved to position ${position} of ${total}.`,
  check: 'Check answer',
  next: 'Next question',
  finish: 'See results',
  chooseFirst: 'Choose an answer first.',
  right: 'Right!',
  wrong: 'Not quite.',
  isKey: 'correct answer',
  isWrongChoice: 'your choice, wrong',
  key: 'Answer:',
  yourAnswer: 'Your answer:',
  yourChoice: 'Your answer',
  noAnswer: 'none',
  source: 'Source:',
  results: 'Your results',
  score: (score, total, percent) => `You scored ${score} out of ${total} (${percent}).`,
  review: 'Review',
  tryAgain: 'Try again',
  newQuestions: 'New questions',
  shareHeading: 'Share your score',
  share: (score, total, title) => `I scored ${score}/${total} on the fact-quiz “${title}”.`,
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the text instead.',
};

/** French, with its typography: a narrow no-break space before ? ! : and inside « ». */
export const fr: FactQuizStrings = {
  loading: 'Chargement du quiz…',
  loadFailed: 'Ce quiz n’a pas pu être chargé.',
  quizFailed: 'Ce quiz n’a pas pu être créé.',
  httpError: (status) => `Le serveur a répondu avec le statut ${status}.`,
  notJson: 'Le fichier n’est pas du JSON valide.',
  invalidPack: 'Le fichier n’est pas un paquet de faits valide\u202f:',
  timeout: (seconds) => `Le serveur n’a pas répondu en ${seconds} secondes.`,
  networkError: 'Le serveur est injoignable.',
  tooLarge: (size) => `Le fichier dépasse ${size}, la taille maximale d’un paquet de faits.`,
  moreProblems: (count, n) => `…et ${n} ${count < 2 ? 'autre problème' : 'autres problèmes'}.`,
  retry: 'Réessayer le chargement',
  questions: (count, n) => `${n} ${count < 2 ? 'question' : 'questions'}`,
  practiceIntro: 'La réponse s’affiche après chaque question.',
  examIntro: 'Vos réponses s’affichent à la fin.',
  asOf: (date) => `Faits au ${date}.`,
  start: 'Commencer le quiz',
  questionOf: (n, total) => `Question ${n} sur ${total}`,
  progress: 'Progression',
  selectAll: 'Cochez toutes les bonnes réponses.',
  orderHint: 'Remettez les éléments dans l’ordre avec leurs boutons Monter et Descendre, ou faites-les glisser.',
  moveUp: (item) => `Monter «\u202f${item}\u202f»`,
  moveDown: (item) => `Descendre «\u202f${item}\u202f»`,
  moved: (item, position, total) => `«\u202f${item}\u202f» est en position ${position} sur ${total}.`,
  check: 'Vérifier',
  next: 'Question suivante',
  finish: 'Voir les résultats',
  chooseFirst: 'Choisissez d’abord une réponse.',
  right: 'Bonne réponse\u202f!',
  wrong: 'Pas tout à fait.',
  isKey: 'bonne réponse',
  isWrongChoice: 'votre choix, faux',
  key: 'Réponse\u202f:',
  yourAnswer: 'Votre réponse\u202f:',
  yourChoice: 'Votre réponse',
  noAnswer: 'aucune',
  source: 'Source\u202f:',
  results: 'Vos résultats',
  score: (score, total, percent) => `Vous avez obtenu ${score} sur ${total} (${percent}).`,
  review: 'Correction',
  tryAgain: 'Recommencer',
  newQuestions: 'Nouvelles questions',
  shareHeading: 'Partager votre score',
  share: (score, total, title) => `J’ai obtenu ${score}/${total} au fact-quiz «\u202f${title}\u202f».`,
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed: 'Copie impossible\u202f: sélectionnez le texte.',
};

/** Built-in translations by primary language subtag. */
export const translations: Readonly<Record<string, FactQuizStrings>> = { en, fr };
