/**
 * The smallest .xlsx Excel, Google Sheets and Kahoot open: one sheet of inline strings
 * and numbers (no shared-strings table), a bold style, column widths. Office Open XML
 * (ECMA-376) parts, zipped.
 */
import { letter } from '../engine/display.js';
import { type Markup, xml } from './markup.js';
import { XML_DECLARATION } from './xml.js';
import { zipTexts } from './zip.js';

/** A cell: text, a number, or nothing. */
export type Cell = string | number | undefined;

export interface Sheet {
  name: string;
  /** Rows from row 1; `rows[7]` is row 8. */
  rows: readonly (readonly Cell[])[];
  /** 1-based numbers of rows to print bold. */
  boldRows?: readonly number[];
  /** Column widths in characters, from column A. */
  widths?: readonly number[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function cellXml(value: Cell, ref: string, bold: boolean): Markup | undefined {
  if (value === undefined || value === '') return undefined;
  const style = bold ? xml` s="1"` : '';
  if (typeof value === 'number') return xml`<c r="${ref}"${style}><v>${value}</v></c>`;
  // xml:space keeps leading and trailing spaces, which Excel would otherwise drop.
  return xml`<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;
}

function sheetXml(sheet: Sheet): Markup {
  const bold = new Set(sheet.boldRows ?? []);
  const rows = sheet.rows.flatMap((row, r) => {
    const number = r + 1;
    // Column names are option letters: 0 → A, 25 → Z, 26 → AA.
    const cells = row.map((value, c) => cellXml(value, `${letter(c)}${String(number)}`, bold.has(number))).filter((c) => c !== undefined);
    return cells.length === 0 ? [] : [xml`<row r="${number}">${cells}</row>`];
  });
  const cols = (sheet.widths ?? []).map((w, i) => xml`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  return xml`${XML_DECLARATION}\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${cols.length > 0 ? xml`<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData></worksheet>`;
}

const CONTENT_TYPES = xml`${XML_DECLARATION}
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;

const ROOT_RELS = xml`${XML_DECLARATION}
<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK_RELS = xml`${XML_DECLARATION}
<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;

// Style 0 is normal, style 1 bold; the two fills are the ones Excel requires first.
const STYLES = xml`${XML_DECLARATION}
<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A one-sheet workbook as .xlsx bytes. */
export function workbook(sheet: Sheet): Uint8Array {
  const book = xml`${XML_DECLARATION}\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheet.name}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const parts = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': book,
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': sheetXml(sheet),
  };
  return zipTexts(Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.toString()])));
}
