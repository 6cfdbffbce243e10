/**
 * community-kit/sample: the demo community generator, in its own entry point
 * so that applications importing the library do not ship it.
 *
 * @module community-kit/sample
 */
export * from './sampleCommunity.js';
