/** Zip archives (QTI packages, .xlsx workbooks) that are the same bytes for the same files. */
import { strToU8, zipSync } from 'fflate';

// Zip stores local time: a date made from local parts reads back the same in every time zone.
const FIXED_DATE = new Date(2000, 0, 1);

/** Text files zipped in the order given, each dated 1 January 2000 so nothing depends on the clock. */
export function zipTexts(files: Readonly<Record<string, string>>): Uint8Array {
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) bytes[name] = strToU8(text);
  return zipSync(bytes, { mtime: FIXED_DATE });
}
