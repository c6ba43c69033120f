/** The pack validator, split by concern in ./validate/: this path stays for existing imports. */
export * from './validate/index.js';
