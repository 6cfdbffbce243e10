/**
 * The `community-kit/stakeholders` entry point.
 *
 * @module stakeholders
 */
export {};
