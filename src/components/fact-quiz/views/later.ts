/**
 * The screens no reader needs before the first question: the results and the print
 * worksheet. The element imports this module after its first screen, so in the embed it
 * is a chunk fetched while the reader reads. (The failure screen comes only with a failure.)
 */
export { resultsView } from './results.js';
export { worksheetView } from './worksheet.js';
export { laterStyles } from './later.styles.js';
