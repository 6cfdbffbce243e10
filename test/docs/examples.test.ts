/**
 * Runs the docs: every `@example` in src/**\/*.ts and every ```ts block of
 * README.md and docs/**\/*.md is written to .doc-examples/ (git-ignored),
 * type-checked with the project's strict compiler options, then run, with
 * each `// →` result asserted. Conventions: test/docs/docExamples.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compilerOptions } from '../../scripts/publicApi.js';
import {
  allExamples,
  type DocExample,
  type GeneratedExample,
  generateExample,
  importScope,
} from './docExamples.js';

const root = join(__dirname, '..', '..');
const outDir = join(root, '.doc-examples');

interface Prepared {
  readonly example: DocExample;
  readonly path: string;
  readonly generated?: GeneratedExample;
  readonly error?: string;
}

function prepare(): Prepared[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return allExamples(root).map((example) => {
    const name = `${example.file.replace(/[^\w]+/g, '_')}_${example.line}.ts`;
    const path = join(outDir, name);
    try {
      const scope = importScope(root, example, (file) => `../${file.replace(/\.ts$/, '.js')}`);
      const generated = generateExample(example, scope, '../test/docs/exampleCheck.js');
      writeFileSync(path, generated.code);
      return { example, path, generated };
    } catch (error) {
      return { example, path, error: `${example.file}:${example.line}: ${(error as Error).message}` };
    }
  });
}

const prepared = prepare();
const where = (p: Prepared): string => `${p.example.file}:${p.example.line}`;

describe('docs examples', () => {
  it('are found in src doc comments, README.md and docs/', () => {
    const files = new Set(prepared.map((p) => p.example.file));
    expect(files.has('README.md')).toBe(true);
    expect([...files].filter((f) => f.startsWith('src/')).length).toBeGreaterThan(50);
    expect([...files].filter((f) => f.startsWith('docs/')).length).toBeGreaterThan(3);
  });

  it('write every result as a value or, rarely, as prose (`// → …`), never as a placeholder', () => {
    expect(prepared.flatMap((p) => (p.error ? [p.error] : [])).join('\n')).toBe('');
    const checked = prepared.reduce((n, p) => n + (p.generated?.checked ?? 0), 0);
    const prose = prepared.reduce((n, p) => n + (p.generated?.prose ?? 0), 0);
    expect(checked).toBeGreaterThan(200);
    expect(prose).toBeLessThanOrEqual(Math.ceil(checked / 20));
  });

  // One compiler program over every example and the sources: slow on a busy machine.
  it('type-check with the project’s strict compiler options', { timeout: 300_000 }, () => {
    const files = prepared.filter((p) => p.generated).map((p) => p.path);
    const program = ts.createProgram(files, { ...compilerOptions(), noEmit: true });
    const byPath = new Map(prepared.map((p) => [p.path, p]));
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && byPath.has(d.file.fileName))
      .map((d) => {
        const file = d.file as ts.SourceFile;
        const p = byPath.get(file.fileName) as Prepared;
        const { line } = file.getLineAndCharacterOfPosition(d.start ?? 0);
        const sourceLine = p.generated?.lineOf[line] ?? p.example.line;
        return `${p.example.file}:${sourceLine}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    expect(problems.join('\n')).toBe('');
  });

  for (const p of prepared) {
    it.runIf(p.generated !== undefined)(`${where(p)} runs and its results hold`, async () => {
      const mod = (await import(pathToFileURL(p.path).href)) as { default: () => Promise<void> };
      try {
        await mod.default();
      } catch (error) {
        const e = error as Error;
        if (e.message.startsWith(p.example.file)) throw e;
        const line = locate(e, p);
        e.message = `${p.example.file}:${line}: ${e.message}`;
        throw e;
      }
    });
  }
});

/** The source line of the first stack frame inside the generated file. */
function locate(error: Error, p: Prepared): number {
  const name = p.path.split('/').pop() as string;
  for (const frame of (error.stack ?? '').split('\n')) {
    const m = new RegExp(`${name.replace(/\./g, '\\.')}:(\\d+):`).exec(frame);
    if (m) return p.generated?.lineOf[Number(m[1]) - 1] ?? p.example.line;
  }
  return p.example.line;
}
