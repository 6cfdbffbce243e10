/** Writes schema/community.schema.json from the zod schemas (npm run schema). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { communityJsonSchema } from '../src/model/communityJsonSchema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'community.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(communityJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${out}\n`);
