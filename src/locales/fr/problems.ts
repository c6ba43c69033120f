/**
 * Pack problems, quiz problems and quiz errors in French. Values taken from the pack are
 * quoted « ainsi » ; what the author types as JSON (keys, keywords, examples) keeps its
 * straight quotes, as in the file: "cardinality": "many".
 */
import type { Expected, ItemKind, JsonToken, ObjectType, ObjectWords, OutsideReason, PackList, ParamsOf, ProblemWords, TextKind, Thing, ValueWords } from '../problem-types.js';

/** A no-break space, as French puts before « : » and inside guillemets. */
const NB = '\u00a0';

export function formatCount(n: number): string {
  return n.toLocaleString('fr-FR');
}

function guillemets(text: string): string {
  return `«${NB}${text}${NB}»`;
}

function excerpt(text: { shown: string; cut: boolean; length: number }): string {
  return text.cut ? `${guillemets(`${text.shown}…`)} (${formatCount(text.length)} caractères)` : guillemets(text.shown);
}

/** What a wrong value is, in words. */
export function describeValue(value: ValueWords): string {
  switch (value.kind) {
    case 'missing':
      return 'absent';
    case 'null':
      return 'null';
    case 'list':
      return 'une liste';
    case 'object':
      return 'un objet';
    case 'huge-number':
      return 'un nombre trop grand pour être écrit (comme 1e400)';
    case 'text':
      return `le texte ${excerpt(value)}`;
    case 'number':
      return `le nombre ${String(value.value)}`;
    case 'boolean':
      return String(value.value);
    case 'other':
      return `une valeur de type ${value.type}`;
  }
}

export function quotedValue(value: ValueWords): string {
  return value.kind === 'text' ? excerpt(value) : describeValue(value);
}

/** The end of "doit être …": what was found instead. */
function instead(value: ValueWords): string {
  return value.kind === 'missing' ? ', mais la valeur manque' : `, et non ${describeValue(value)}`;
}

function objectName(object: ObjectWords): string {
  if (object.kind === 'bare-number') return String(object.value);
  if (object.kind === 'qualified') return `${object.qualifier} ${String(object.value)}`;
  return quotedValue(object);
}

function orList(options: readonly string[]): string {
  const quoted = options.map((o) => `"${o}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ou ${quoted.at(-1) ?? ''}`;
}

/** Each text of a pack with its indefinite and definite article. */
const TEXTS: Record<TextKind, { a: string; the: string }> = {
  text: { a: 'un texte', the: 'le texte' },
  title: { a: 'un titre', the: 'le titre' },
  description: { a: 'une description', the: 'la description' },
  'language tag': { a: 'une étiquette de langue', the: 'l’étiquette de langue' },
  publisher: { a: 'un nom d’éditeur', the: 'le nom de l’éditeur' },
  unit: { a: 'une unité', the: 'l’unité' },
  template: { a: 'un modèle', the: 'le modèle' },
  label: { a: 'un libellé', the: 'le libellé' },
  name: { a: 'un nom', the: 'le nom' },
  note: { a: 'une note', the: 'la note' },
  quote: { a: 'une citation', the: 'la citation' },
};

function isTextKind(value: string): value is TextKind {
  return value in TEXTS;
}

const MUST: Record<Exclude<Expected, TextKind>, string> = {
  list: 'être une liste',
  object: 'être un objet',
  boolean: 'valoir true ou false',
  number: 'être un nombre',
  'finite-number': 'être un nombre fini',
  id: 'être un identifiant fait de minuscules, de chiffres et de tirets',
  'http-url': 'être une adresse http ou https',
  'source-file': 'être le nom d’un fichier du dossier sources/ placé à côté du pack (sans dossier)',
  'object-type': 'décrire le type des objets, par exemple {"type": "entity", "class": "venue"}',
  templates: 'contenir la formulation de la question et de l’affirmation',
  preposition: `valoir true ou false (false${NB}: "{object}" est la date seule, comme dans ${guillemets('daté {object}')})`,
  'number-object': 'être un nombre, ou un nombre avec un qualificatif comme {"value": 80, "qualifier": "about"}',
  'date-object': 'être une date comme {"date": "2025-09-17", "precision": "day"}',
  season: 'valoir "spring", "summer", "autumn" ou "winter" pour une saison',
  'range-end': 'être un jour réel écrit AAAA-MM-JJ qui termine une période de plusieurs jours',
  day: 'être une date réelle écrite AAAA-MM-JJ',
  'bound-day': 'être un jour réel écrit AAAA-MM-JJ (cette relation prend des dates)',
  cardinality: 'valoir "one" (un sujet a un seul objet vrai) ou "many"',
  bounds: 'être un objet comme {"min": 0, "max": 100}',
  'list-of-names': 'être une liste de noms',
  'list-of-classes': 'être une liste de classes',
  'list-of-objects': 'être une liste d’objets',
  'list-of-quotes': 'être une liste de citations',
  'class-id': 'être l’identifiant d’une classe',
  'entity-id': 'être l’identifiant d’une entité',
  'relation-id': 'être l’identifiant d’une relation',
  'source-id': 'être l’identifiant d’une source',
  'fact-id': 'être l’identifiant d’un fait',
  'quiz-pack': 'être un objet avec id, title et lang',
  'quiz-questions': 'être une liste d’au moins une question',
  'quiz-question': 'être une question (un objet)',
  'quiz-texts': 'être une liste de textes',
  'quiz-sources': 'être une liste de sources',
  'quiz-options': 'être une liste d’au moins deux options',
  'quiz-option': 'être une option { id, text }',
  'quiz-source': 'être une source { id, title, quote }',
  'quiz-url': 'être une adresse http ou https sans nom d’utilisateur ni mot de passe',
};

function must(expected: Expected): string {
  return isTextKind(expected) ? `être ${TEXTS[expected].a}` : MUST[expected];
}

const JSON_TOKENS: Record<JsonToken, string> = {
  'closing-quote': 'un guillemet fermant',
  value: 'une valeur',
  'value-or-]': 'une valeur ou "]"',
  name: 'un nom entre guillemets',
  'name-or-}': 'un nom entre guillemets ou "}"',
  ':': '":"',
  ',-or-]': '"," ou "]"',
  ',-or-}': '"," ou "}"',
  end: 'la fin du texte',
};

/** Where a text stops being JSON: « ligne 3, colonne 7 : on attendait "," ou "}", on trouve « x » ». */
export function jsonErrorPlace({ line, column, expected, found }: ParamsOf<'invalid_json'>): string {
  const what = found.kind === 'end' ? 'la fin du texte' : quotedValue(found);
  return `ligne ${String(line)}, colonne ${String(column)}${NB}: on attendait ${JSON_TOKENS[expected]}, on trouve ${what}`;
}

/** `of` a thing: « d’une classe », « d’un fait ». */
const OF_OWNER = {
  pack: 'd’un pack',
  source: 'd’une source',
  class: 'd’une classe',
  entity: 'd’une entité',
  relation: 'd’une relation',
  'object-type': 'd’un type d’objet',
  templates: 'des modèles',
  number: 'd’un nombre',
  date: 'd’une date',
  bounds: 'des bornes',
  fact: 'd’un fait',
} as const;

const A_THING: Record<Thing | 'question' | 'option', string> = {
  class: 'une classe',
  entity: 'une entité',
  relation: 'une relation',
  source: 'une source',
  fact: 'un fait',
  question: 'une question',
  option: 'une option',
};

const PLURALS: Record<PackList | ItemKind | ObjectType | 'slots', string> = {
  sources: 'sources',
  classes: 'classes',
  entities: 'entités',
  relations: 'relations',
  facts: 'faits',
  names: 'noms',
  objects: 'objets',
  quotes: 'citations',
  slots: 'emplacements',
  entity: 'entités',
  date: 'dates',
  number: 'nombres',
  text: 'textes',
};

const KIND_NAMES: Record<string, string> = {
  single: 'à choix unique',
  multiple: 'à choix multiple',
  'true-false': 'vrai ou faux',
  order: 'à remettre en ordre',
};

function outside(reason: OutsideReason): string {
  switch (reason.kind) {
    case 'below-min':
      return `${String(reason.value)} est sous le min ${String(reason.bound)}`;
    case 'above-max':
      return `${String(reason.value)} dépasse le max ${String(reason.bound)}`;
    case 'before-min':
      return 'la date précède min';
    case 'after-max':
      return 'la date suit max';
    case 'not-after':
      return 'la date ne vient pas après celle de "after"';
    case 'not-before':
      return 'la date ne vient pas avant celle de "before"';
  }
}

const NOWHERE = `${NB}: les distracteurs n’auraient nulle part où tomber.`;

const NOT_APPLICABLE = {
  reverse: 'demande le sujet, ce qui exige "inverse": "one" (chaque objet a exactement un sujet).',
  multiple: `est une consigne ${guillemets('cochez tout ce qui est vrai')}, qui exige "cardinality": "many".`,
  plural: 'est l’affirmation pour plusieurs objets, qui exige "cardinality": "many".',
  after: `ne sert qu’aux relations de dates${NB}: bornez les nombres avec "min" et "max".`,
  before: `ne sert qu’aux relations de dates${NB}: bornez les nombres avec "min" et "max".`,
  tolerance: `ne sert qu’aux nombres "about"${NB}: "over", "under", "at-least" et "at-most" sont déjà des bornes.`,
  season: 'ne sert qu’aux dates de précision "season".',
  quotes: `ne sert qu’aux faits avec "objects"${NB}: une citation par objet, dans le même ordre.`,
} as const;

const MISSING = {
  'question-template': `manque${NB}: chaque relation a besoin d’un modèle "question".`,
  'statement-template': `manque${NB}: chaque relation a besoin d’un modèle "statement".`,
  'closed-note': `manque${NB}: une relation fermée a besoin d’une note qui dit pourquoi le pack donne tous les objets vrais.`,
  'source-text': `manque${NB}: donnez le nom du fichier du texte de l’article, pour que les citations soient vérifiées mot pour mot.`,
} as const;

const DATE_SHAPES = { day: 'AAAA-MM-JJ', month: 'AAAA-MM', season: 'AAAA', year: 'AAAA' } as const;

export const problems: ProblemWords = {
  invalid_type: ({ expected, received }) => `doit ${must(expected)}${instead(received)}.`,
  invalid_enum: ({ options, received }) => `doit valoir ${orList(options)}${instead(received)}.`,
  not_one_of: ({ options, received }) => `doit valoir l’une des valeurs ${options.join(', ')}${instead(received)}.`,
  root_type: ({ of, received }) => (of === 'pack' ? `Un pack doit être un objet JSON${instead(received)}.` : `Un quiz doit être un objet${instead(received)}.`),
  missing: ({ what }) => MISSING[what],
  unknown_key: ({ key, of, allowed }) => `${quotedValue(key)} n’est pas une propriété ${OF_OWNER[of]} (faute de frappe${NB}? propriétés permises${NB}: ${allowed.join(', ')}).`,
  forbidden_key: ({ key, in: where }) => `"${key}" est interdit comme clé, partout dans un ${where}.`,
  too_long: ({ length, maximum, of }) => {
    if (of === 'source-text') return `désigne un texte de ${formatCount(length)} caractères${NB}: les citations ne sont vérifiées que dans des textes d’au plus ${formatCount(maximum)} caractères.`;
    const noun = of === 'pack-text' ? 'un texte de pack' : of === 'id' ? 'un identifiant' : TEXTS[of].a;
    return `compte ${formatCount(length)} caractères${NB}: ${noun} en compte au plus ${formatCount(maximum)}.`;
  },
  too_many: ({ count, maximum, of, in: where }) => {
    if (where === 'template') return `nomme ${String(count)} ${PLURALS[of]}${NB}: un modèle en nomme au plus ${String(maximum)}.`;
    if (where === 'pack') return `contient ${formatCount(count)} ${PLURALS[of]}${NB}: un pack en contient au plus ${formatCount(maximum)}.`;
    return `énumère ${formatCount(count)} ${PLURALS[of]}${NB}: une liste en admet au plus ${formatCount(maximum)}.`;
  },
  too_deep: ({ maximum, in: where }) => `est imbriqué sur plus de ${String(maximum)} niveaux de listes et d’objets${NB}: un ${where} n’en demande que quelques-uns.`,
  too_large: ({ megabytes, of }) => (of === 'pack' ? `dépasse ${formatCount(megabytes)}${NB}Mo, la taille maximale d’un pack.` : `Le quiz dépasse ${formatCount(megabytes)}${NB}Mo${NB}: un quiz ne peut pas être plus grand.`),
  empty: ({ of }) => {
    if (of === 'classes') return `est une liste vide${NB}: donnez l’identifiant de la classe de l’entité, ou une liste d’identifiants.`;
    if (of === 'objects') return `est une liste vide${NB}: donnez au moins un objet.`;
    if (of === 'option-id') return 'ne doit pas être vide.';
    return `est vide${NB}: écrivez ${TEXTS[of].the}.`;
  },
  out_of_range: (p) => {
    if (p.of === 'weight') return `doit être supérieur à 0 et valoir au plus ${String(p.maximum)} (1 est le poids habituel), et non ${String(p.value)}.`;
    if (p.of === 'tolerance') return `doit être supérieure à 0 (l’écart permis entre la vraie valeur et ${String(p.around)}), et non ${String(p.value)}.`;
    return `${String(p.value)} est trop grand pour être comparé exactement${NB}: les nombres doivent être compris entre -${formatCount(p.maximum)} et ${formatCount(p.maximum)}.`;
  },
  negative_zero: () => `vaut -0${NB}: écrivez 0.`,
  too_many_decimals: ({ value, maximum }) => `${String(value)} a plus de ${String(maximum)} décimales${NB}: arrondissez-le.`,
  invalid_language_tag: ({ received }) => `${quotedValue(received)} n’est pas une étiquette de langue comme "fr-FR".`,
  url_credentials: () => `contient un nom d’utilisateur ou un mot de passe${NB}: retirez-les de l’adresse.`,
  date_shape: ({ precision, received }) => `doit s’écrire ${DATE_SHAPES[precision]} pour la précision "${precision}"${instead(received)}.`,
  date_not_real: ({ date }) => `${guillemets(date)} n’est pas une date qui existe.`,
  range_end_before_start: ({ start, end }) => `${guillemets(end)} ne vient pas après le début ${guillemets(start)}.`,
  invalid_json: (place) => `n’est pas du JSON valide${NB}: ${jsonErrorPlace(place)}.`,
  unknown_reference: ({ value, to }) => (to === 'option' ? `${quotedValue(value)} n’est l’identifiant d’aucune option de la question.` : `${quotedValue(value)} n’est pas ${A_THING[to]} de ce pack.`),
  duplicate_id: ({ id, of }) => `${quotedValue(id)} est déjà l’identifiant d’${A_THING[of]} plus haut${NB}: les identifiants ${of === 'question' || of === 'option' ? `de ${of} ` : ''}doivent être uniques.`,
  not_applicable: ({ property }) => NOT_APPLICABLE[property],
  wrong_object_type: ({ types, takes }) => `ne sert qu’aux relations dont les objets sont des ${types.map((t) => PLURALS[t]).join(' ou des ')}, et celle-ci prend des ${PLURALS[takes]}.`,
  bounds_wrong_type: ({ relation, takes }) => `les bornes ne servent qu’aux relations de nombres et de dates, et la relation ${guillemets(relation)} prend des ${PLURALS[takes]}.`,
  object_or_objects: () => 'donnez soit "object" (un seul objet vrai), soit "objects" (une liste), mais pas les deux, ni aucun des deux.',
  one_object_relation: ({ relation }) => `la relation ${guillemets(relation)} a un seul objet vrai par sujet${NB}: utilisez "object".`,
  question_mark: () => 'doit être une question complète, terminée par "?".',
  unfilled_slot: ({ slot, fills }) => `nomme l’emplacement {${slot}}, que ce modèle ne remplit pas (il remplit ${fills.map((s) => `{${s}}`).join(' et ')}).`,
  missing_slot: ({ slot }) => `doit nommer l’emplacement {${slot}}.`,
  parent_loop: ({ parent }) => `${quotedValue(parent)} forme une boucle de classes parentes.`,
  repeated_class: (p) => `répète la classe ${quotedValue(p.class)}.`,
  repeated_object: ({ earlier }) => `répète l’objet de ${earlier}${NB}: un objet est vrai ou faux, une seule fois.`,
  repeated_fact: ({ subject, relation, earlier }) => `répète le sujet ${guillemets(subject)} et la relation ${guillemets(relation)} de facts[${String(earlier)}], qui n’a qu’un objet vrai${NB}: fusionnez-les.`,
  second_subject: ({ object, relation, earlier }) => `donne à ${objectName(object)} un second sujet, alors que la relation ${guillemets(relation)} a "inverse": "one" (facts[${String(earlier)}] lui en donne déjà un).`,
  same_label: (p) => `${quotedValue(p.label)} se lit comme le libellé de entities[${String(p.earlier)}], de la même classe ${guillemets(p.class)}${NB}: un libellé ne se répète que d’une classe à l’autre.`,
  class_mismatch: ({ entity, classes, relation, takes }) => `${quotedValue(entity)} est de ${classes.length > 1 ? 'des classes' : 'la classe'} ${classes.map(guillemets).join(' et ')}, mais la relation ${guillemets(relation)} prend la classe ${guillemets(takes)}.`,
  excluded_answer: ({ object, earlier, stated }) => (stated === 'true'
    ? `${objectName(object)} est un objet vrai de ce fait (${earlier})${NB}: seuls les objets qui ne sont pas la réponse peuvent être exclus.`
    : `${objectName(object)} est déclaré faux par ce fait (${earlier})${NB}: un objet est soit déclaré faux, soit exclu, pas les deux.`),
  quote_count: ({ quotes, objects }) => `a ${String(quotes)} citations pour ${String(objects)} objets${NB}: donnez une citation par objet, dans le même ordre.`,
  no_date_fact: ({ fact }) => `le fait ${quotedValue(fact)} n’a pas de date à comparer${NB}: "after" et "before" nomment un fait d’une relation de dates qui a une seule date pour "object".`,
  bounds_empty: (p) => {
    if (p.kind === 'numbers') return `${String(p.max)} est inférieur au min ${String(p.min)}${NOWHERE}`;
    if (p.kind === 'dates') return `vient avant min${NOWHERE}`;
    return `ne laisse aucun jour strictement entre les dates de "after" et de "before"${NOWHERE}`;
  },
  outside_bounds: ({ at, reason }) => `sort des bornes de ${at} (${outside(reason)})${NB}: un objet vrai doit être à l’intérieur.`,
  quote_omission_only: () => `n’a aucun mot en dehors de ${guillemets('…')}${NB}: copiez les mots de l’article.`,
  quote_not_found: ({ source, part }) => {
    if (part === undefined) return `n’est pas mot pour mot dans le texte de la source ${quotedValue(source)}${NB}: copiez-la depuis l’article.`;
    const after = part.index === 1 ? '' : ` après la partie ${String(part.index - 1)}`;
    return `la partie ${String(part.index)} sur ${String(part.count)}, ${quotedValue(part.text)}, n’est pas mot pour mot dans le texte de la source ${quotedValue(source)}${after}${NB}: copiez chaque partie entre ${guillemets('…')} depuis l’article, dans l’ordre.`;
  },
  source_text_not_found: ({ source, file, location }) => `le texte de la source ${quotedValue(source)} est introuvable${NB}: fichier cherché, ${quotedValue(file)}${location === undefined ? '' : `, dans ${location}`}.`,
  invalid_answer: (p) => {
    if (p.rule === 'one') return `doit nommer exactement une option pour une question ${KIND_NAMES[p.kind] ?? p.kind}, mais en nomme ${String(p.count)}.`;
    if (p.rule === 'repeated') return 'nomme deux fois la même option.';
    if (p.rule === 'order') return 'doit nommer chaque option une fois, dans le bon ordre, pour une question à remettre en ordre.';
    return 'doit nommer au moins une option.';
  },
  check_failed: (p) => {
    if (p.of === 'quiz') return `Le quiz n’a pas pu être vérifié (${p.error}).`;
    if (p.of === 'copy') return `Le pack n’a pas pu être copié${NB}: il doit être fait de simples données JSON (${quotedValue(p.error)}).`;
    return `Le pack n’a pas pu être vérifié (${quotedValue(p.error)}).`;
  },
  more_problems: ({ count }) => {
    const s = count === 1 ? '' : 's';
    return `…et ${formatCount(count)} autre${s} problème${s}, non listé${s}${NB}: corrigez d’abord ceux-ci.`;
  },
  option_out_of_range: ({ option, value, minimum, maximum }) => `l’option ${option} doit être un nombre entier ${maximum === undefined ? `d’au moins ${String(minimum)}` : `de ${String(minimum)} à ${String(maximum)}`}, et non ${value}.`,
  option_unknown: ({ option, value, options }) => `l’option ${option} doit ${option === 'kinds' ? 'prendre certaines' : 'valoir l’une'} des valeurs ${options.join(', ')}, et non ${guillemets(value)}.`,
  too_few_questions: ({ pack, made, kinds, difficulty, options }) =>
    `Le pack ${guillemets(pack)} ne peut faire que ${String(made)} questions indépendantes des types ${kinds.join(', ')} au niveau ${difficulty} avec ${String(options)} options${NB}; demandez-en ${String(made)} ou moins, ou autorisez plus de types.`,
};
