/** The package version, written into every quiz as `generator` (a test keeps it equal to package.json). */
export const VERSION = '0.1.0';
export const GENERATOR = `fact-quiz@${VERSION}`;
