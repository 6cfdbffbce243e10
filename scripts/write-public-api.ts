/** Writes etc/public-api.md, the report of every public export (npm run api). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { publicApi, publicApiReportPath, renderPublicApi, repoRoot } from './publicApi.js';

const entries = publicApi();
mkdirSync(dirname(publicApiReportPath), { recursive: true });
writeFileSync(publicApiReportPath, renderPublicApi(entries));
const count = entries.reduce((n, e) => n + e.exports.length, 0);
process.stdout.write(
  `wrote ${relative(repoRoot, publicApiReportPath)}: ${entries.length} entry points, ${count} exports\n`,
);
