/**
 * The `community-kit/skills` entry point.
 *
 * @module skills
 */
export {};
