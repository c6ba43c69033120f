/**
 * The screens no reader needs before the first question: the results, the failure
 * message (with every problem sentence in each language) and the print worksheet. The
 * element imports this module after its first screen, so in the embed it is a chunk
 * fetched while the reader reads.
 */
export { failureView } from './failure.js';
export { resultsView } from './results.js';
export { worksheetView } from './worksheet.js';
export { laterStyles } from './later.styles.js';
