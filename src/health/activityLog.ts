/**
 * The columnar activity log lives in `model` (health and stakeholders read
 * the same view of the activity); `community-kit/health` re-exports it, so
 * `import { activityLog } from 'community-kit/health'` keeps working.
 *
 * @module
 */
export * from '../model/activityLog.js';
