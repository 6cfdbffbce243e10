/**
 * The `community-kit/roles` entry point.
 *
 * @module roles
 */
export {};
