/**
 * The `community-kit/health` entry point.
 *
 * @module health
 */
export {};
