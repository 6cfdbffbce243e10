/**
 * community-kit: community roles, skills frameworks, stakeholder graphs,
 * expertise matching and health metrics as data and composable functions.
 *
 * The root entry re-exports every module; import a subpath
 * (`community-kit/health`) to load only what you use.
 *
 * @module community-kit
 */
export * from './health/index.js';
export * from './io/index.js';
export * from './matching/index.js';
export * from './model/index.js';
export * from './report/index.js';
export * from './roles/index.js';
export * from './skills/index.js';
export * from './stakeholders/index.js';
