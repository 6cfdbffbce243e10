/**
 * The `community-kit/matching` entry point.
 *
 * @module matching
 */
export {};
