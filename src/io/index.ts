/**
 * The `community-kit/io` entry point.
 *
 * @module io
 */
export {};
