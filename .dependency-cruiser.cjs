/**
 * Module direction (see docs/architecture.md and ../shared/DESIGN.md):
 *   model ← skills ← roles, matching, stakeholders;  model ← health;
 *   io ← model only;  sample ← model;  report ← every library module;  cli ← report, io, sample.
 * No library module imports from report, io or cli.
 */
const allowed = {
  model: [],
  skills: ['model'],
  health: ['model'],
  stakeholders: ['model', 'skills'],
  matching: ['model', 'skills'],
  roles: ['model', 'skills'],
  io: ['model', 'skills'],
  sample: ['model'],
  report: ['model', 'skills', 'health', 'stakeholders', 'matching', 'roles'],
  cli: ['model', 'skills', 'health', 'stakeholders', 'matching', 'roles', 'report', 'io', 'sample'],
};
const all = Object.keys(allowed);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make modules impossible to load or tree-shake one at a time.',
      from: {},
      to: { circular: true },
    },
    ...all.map((mod) => ({
      name: `direction-${mod}`,
      severity: 'error',
      comment: `src/${mod} may import only from: ${allowed[mod].join(', ') || '(nothing outside itself)'}`,
      from: { path: `^src/${mod}/` },
      to: {
        path: `^src/(${all.filter((m) => m !== mod && !allowed[mod].includes(m)).join('|')})/`,
      },
    })),
    {
      name: 'no-root-barrel-inside',
      severity: 'error',
      comment: 'Modules must not import the root barrel (src/index.ts).',
      from: { path: '^src/.+/' },
      to: { path: '^src/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(test|bench|dist)/' },
  },
};
