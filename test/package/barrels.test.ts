import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const src = join(root, 'src');
const modules = ['model', 'roles', 'skills', 'stakeholders', 'matching', 'health', 'report', 'io', 'sample'];
/** Modules with their own entry point only, left out of the root barrel (apps should not ship the demo generator). */
const ownEntryOnly = ['sample'];

/** Every .ts file under dir except internal/ folders and barrels. */
function publicFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'internal') out.push(...publicFiles(path));
    } else if (name.endsWith('.ts') && name !== 'index.ts') out.push(path);
  }
  return out;
}

describe('package shape', () => {
  for (const mod of modules) {
    it(`src/${mod}/index.ts re-exports every public file of the module`, () => {
      const barrel = readFileSync(join(src, mod, 'index.ts'), 'utf8');
      const missing = publicFiles(join(src, mod))
        .map((f) => `./${relative(join(src, mod), f).replace(/\.ts$/, '.js')}`)
        .filter((spec) => !barrel.includes(`'${spec}'`));
      expect(missing).toEqual([]);
    });
  }

  it('the root barrel re-exports every module but sample, which has its own entry point only', () => {
    const barrel = readFileSync(join(src, 'index.ts'), 'utf8');
    for (const mod of modules)
      if (ownEntryOnly.includes(mod)) expect(barrel).not.toContain(`'./${mod}/index.js'`);
      else expect(barrel).toContain(`'./${mod}/index.js'`);
  });

  it('every exports subpath has a typedoc entry point and a tsup entry', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    const tsup = readFileSync(join(root, 'tsup.config.ts'), 'utf8');
    for (const sub of Object.keys(pkg.exports)) {
      if (sub.endsWith('.json')) continue;
      const entry = sub === '.' ? 'src/index.ts' : `src/${sub.slice(2)}/index.ts`;
      expect(typedoc.entryPoints).toContain(entry);
      if (sub !== '.') expect(tsup).toContain(`'${sub.slice(2)}'`);
    }
  });

  it('no source file uses eval, new Function or the network', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          /\beval\(|new Function\(|\bfetch\(|node:https?|XMLHttpRequest/.test(readFileSync(path, 'utf8'))
        )
          offenders.push(relative(root, path));
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
  });

  it('has no install scripts', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook]).toBeUndefined();
  });

  it('the committed JSON Schema is the one generated from the zod schemas', async () => {
    const { communityJsonSchema } = await import('../../src/model/communityJsonSchema.js');
    const committed = JSON.parse(readFileSync(join(root, 'schema', 'community.schema.json'), 'utf8'));
    expect(committed).toEqual(communityJsonSchema());
  });
});
