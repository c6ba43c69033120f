/**
 * IMS QTI 3.0: one `qti-assessment-item` per question, a `qti-assessment-test` that
 * lists them, and an IMS content package (`imsmanifest.xml`) zipped. `single` and
 * `true-false` are a choice interaction with one choice, `multiple` with any number
 * (cardinality multiple), `order` an order interaction (cardinality ordered); all score
 * with the standard match_correct template, all or nothing like the engine. Choices keep
 * the quiz's order (`shuffle="false"`). The explanation and sources go in a rubric block
 * for scorers and tutors, since match_correct shows no feedback to candidates.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { keyPositions } from './answer-key.js';
import { sourceParagraph } from './citation.js';
import { letter, questionSources } from '../engine/display.js';
import { type Markup, xml } from './markup.js';
import { XML_DECLARATION, ncName, ncNames } from './xml.js';
import { zipTexts } from './zip.js';
import { localeFor, type ExportWords } from '../locales/index.js';

const ASI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ASI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const MATCH_CORRECT = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml';

/** Where one quiz's files live in a package, and the prefix of its identifiers. */
interface Layout {
  /** Folder of the test and its items, `''` or `version-b/`. */
  folder: string;
  /** Prefix that keeps identifiers unique across versions, `''` or `B-`. */
  prefix: string;
}

interface ItemFile {
  identifier: string;
  /** Path inside the package. */
  path: string;
  xml: string;
}

/**
 * One QTI 3.0 item per question: file name (`items/Q01-….xml`) to XML.
 *
 * @example
 * for (const [name, xml] of toQtiItems(quiz)) writeFileSync(join(dir, name), xml);
 */
export function toQtiItems(quiz: Quiz): Map<string, string> {
  return new Map(itemFiles(quiz, { folder: '', prefix: '' }).map((f) => [f.path, f.xml]));
}

/**
 * A zipped QTI 3.0 content package: the items, an assessment test and `imsmanifest.xml`.
 * Several quizzes (versions A, B…) make one test each, in folders `version-a/`….
 *
 * @example
 * writeFileSync('quiz-qti.zip', toQtiPackage(quiz));
 */
export function toQtiPackage(quiz: Quiz | readonly Quiz[]): Uint8Array {
  const quizzes: readonly Quiz[] = Array.isArray(quiz) ? quiz : [quiz as Quiz];
  if (quizzes.length === 0) throw new Error('Nothing to export: no quiz was given.');
  const files: Record<string, string> = {};
  const resources: Markup[] = [];
  quizzes.forEach((q, v) => {
    const several = quizzes.length > 1;
    const layout: Layout = several ? { folder: `version-${letter(v).toLowerCase()}/`, prefix: `${letter(v)}-` } : { folder: '', prefix: '' };
    const items = itemFiles(q, layout);
    const testId = `${layout.prefix}test`;
    const testPath = `${layout.folder}test.xml`;
    const title = several ? `${q.pack.title}, ${localeFor(q.pack.lang).exports.version(letter(v))}` : q.pack.title;
    files[testPath] = testXml(q, testId, title, items, layout).toString();
    resources.push(
      resource(testId, 'imsqti_test_xmlv3p0', testPath, items.map((i) => i.identifier)),
      ...items.map((i) => resource(i.identifier, 'imsqti_item_xmlv3p0', i.path, [])),
    );
    for (const item of items) files[item.path] = item.xml;
  });
  const first = quizzes[0] as Quiz;
  const manifest = xml`${XML_DECLARATION}
<manifest xmlns="${CP}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP} ${CP_XSD}" identifier="${ncName(`fact-quiz-${first.pack.id}-${first.seed}`)}">
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>3.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
${resources}  </resources>
</manifest>
`;
  // The manifest first: some importers read only the start of the archive to find it.
  return zipTexts({ 'imsmanifest.xml': manifest.toString(), ...files });
}

/** A resource of the manifest, ending with a line break. */
function resource(identifier: string, type: string, href: string, dependencies: readonly string[]): Markup {
  return xml`    <resource identifier="${identifier}" type="${type}" href="${href}">
      <file href="${href}"/>
${dependencies.map((d) => xml`      <dependency identifierref="${d}"/>\n`)}    </resource>\n`;
}

function itemFiles(quiz: Quiz, layout: Layout): ItemFile[] {
  // Q01-… keeps the quiz's order in file listings; the id makes the name readable.
  const names = ncNames(quiz.questions.map((q, i) => `${layout.prefix}Q${String(i + 1).padStart(2, '0')}-${q.id}`));
  return quiz.questions.map((question, i) => {
    const identifier = names[i] as string;
    return { identifier, path: `${layout.folder}items/${identifier}.xml`, xml: itemXml(question, identifier, quiz.pack.lang, localeFor(quiz.pack.lang).exports).toString() };
  });
}

function itemXml(question: Question, identifier: string, lang: string, words: ExportWords): Markup {
  const positions = keyPositions(question);
  const choiceIds = ncNames(question.options.map((o) => o.id), 'choice-');
  const cardinality = { single: 'single', 'true-false': 'single', multiple: 'multiple', order: 'ordered' }[question.kind];
  const choices = question.options.map((o, i) => xml`      <qti-simple-choice identifier="${choiceIds[i] ?? ''}">${o.text}</qti-simple-choice>\n`);
  const prompt = xml`      <qti-prompt>${question.stem}</qti-prompt>\n`;
  const interaction =
    question.kind === 'order'
      ? xml`    <qti-order-interaction response-identifier="RESPONSE" shuffle="false">\n${prompt}${choices}    </qti-order-interaction>\n`
      : xml`    <qti-choice-interaction response-identifier="RESPONSE" max-choices="${question.kind === 'multiple' ? '0' : '1'}" shuffle="false">\n${prompt}${choices}    </qti-choice-interaction>\n`;
  return xml`${XML_DECLARATION}
<qti-assessment-item xmlns="${ASI}" xmlns:xsi="${XSI}" xsi:schemaLocation="${ASI} ${ASI_XSD}" identifier="${identifier}" title="${question.stem}" label="${question.id}" xml:lang="${lang}" adaptive="false" time-dependent="false">
  <qti-response-declaration identifier="RESPONSE" cardinality="${cardinality}" base-type="identifier">
    <qti-correct-response>
${positions.map((p) => xml`      <qti-value>${choiceIds[p] ?? ''}</qti-value>\n`)}    </qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float">
    <qti-default-value>
      <qti-value>0</qti-value>
    </qti-default-value>
  </qti-outcome-declaration>
  <qti-item-body>
${interaction}    <qti-rubric-block use="scoring" view="scorer tutor">
      <qti-content-body>
        <p>${question.explanation}</p>
${questionSources(question).map((s) => xml`        ${sourceParagraph(s, { quoteElement: true }, words)}\n`)}      </qti-content-body>
    </qti-rubric-block>
  </qti-item-body>
  <qti-response-processing template="${MATCH_CORRECT}"/>
</qti-assessment-item>
`;
}

function testXml(quiz: Quiz, identifier: string, title: string, items: readonly ItemFile[], layout: Layout): Markup {
  // Hrefs are relative to the test file, which sits in the version's folder.
  const refs = items.map((i) => xml`      <qti-assessment-item-ref identifier="${i.identifier}" href="${i.path.slice(layout.folder.length)}"/>\n`);
  return xml`${XML_DECLARATION}
<qti-assessment-test xmlns="${ASI}" xmlns:xsi="${XSI}" xsi:schemaLocation="${ASI} ${ASI_XSD}" identifier="${identifier}" title="${title}">
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="individual">
    <qti-assessment-section identifier="section-1" title="${localeFor(quiz.pack.lang).exports.qti.section(quiz.seed)}" visible="true">
${refs}    </qti-assessment-section>
  </qti-test-part>
  <qti-outcome-processing>
    <qti-set-outcome-value identifier="SCORE">
      <qti-sum>
        <qti-test-variables variable-identifier="SCORE" base-type="float"/>
      </qti-sum>
    </qti-set-outcome-value>
  </qti-outcome-processing>
</qti-assessment-test>
`;
}
