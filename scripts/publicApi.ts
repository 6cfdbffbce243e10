/**
 * The public API as the TypeScript compiler sees it: every export of every
 * entry point in package.json `exports`, with its kind and signature. Used by
 * `npm run api` (writes etc/public-api.md), by the test that compares that
 * report with the sources, and by the doc-examples runner (which names an
 * example may use without importing it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One export of an entry point. */
export interface PublicExport {
  readonly name: string;
  /** 'function' | 'const' | 'class' | 'type' | 'interface' | 'enum' | 'namespace'. */
  readonly kind: string;
  /** True for exports that exist only as types (import them with `import type`). */
  readonly typeOnly: boolean;
  /** Each call signature of a function (overloads), or the type of a value, or a type's definition. */
  readonly signatures: readonly string[];
}

/** An entry point: its import specifier, its source file and its exports sorted by name. */
export interface PublicEntry {
  readonly specifier: string;
  readonly file: string;
  readonly exports: readonly PublicExport[];
}

/** The compiler options of tsconfig.json (paths map `community-kit/*` to src). */
export function compilerOptions(): ts.CompilerOptions {
  const configPath = join(repoRoot, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot).options;
}

/** The entry points of package.json `exports` (JSON files left out), as specifier → source file. */
export function entryPoints(): { specifier: string; file: string }[] {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((sub) => !sub.endsWith('.json'))
    .map((sub) => ({
      specifier: sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`,
      file: join(repoRoot, 'src', sub === '.' ? 'index.ts' : `${sub.slice(2)}/index.ts`),
    }))
    .filter((e) => existsSync(e.file));
}

const flags =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.WriteArrowStyleSignature;

function kindOf(symbol: ts.Symbol): string {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Module) return 'namespace';
  return 'other';
}

function signaturesOf(checker: ts.TypeChecker, symbol: ts.Symbol, kind: string): string[] {
  const decl = symbol.declarations?.[0];
  if (!decl) return [];
  if (kind === 'function' || kind === 'const' || kind === 'class') {
    const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
    if (kind === 'function')
      return type.getCallSignatures().map((s) => checker.signatureToString(s, decl, flags));
    if (kind === 'class')
      return type.getConstructSignatures().map((s) => `new ${checker.signatureToString(s, decl, flags)}`);
    return [shortenSchema(checker.typeToString(type, decl, flags))];
  }
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  if (kind === 'interface') {
    const members = checker.getPropertiesOfType(type).map((p) => {
      const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
      return `${p.name}${optional}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(p, decl), decl, flags)}`;
    });
    return [`{ ${members.join('; ')} }`];
  }
  return [checker.typeToString(type, decl, flags | ts.TypeFormatFlags.InTypeAlias)];
}

/** A zod schema's type spelled out is unreadable and repeats its inferred type: keep the schema class. */
function shortenSchema(signature: string): string {
  const m = /^(z\.[\w.$]+)</.exec(signature);
  return m ? `${m[1]}<…>` : signature;
}

/** The exports of each entry point, read from a program over the sources. */
export function publicApi(program?: ts.Program): PublicEntry[] {
  const entries = entryPoints();
  const prog =
    program ??
    ts.createProgram(
      entries.map((e) => e.file),
      compilerOptions(),
    );
  const checker = prog.getTypeChecker();
  return entries.map(({ specifier, file }) => {
    const source = prog.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`publicApi: cannot read ${file}`);
    const exports = checker
      .getExportsOfModule(moduleSymbol)
      .map((exported): PublicExport => {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const kind = kindOf(symbol);
        const typeOnly = (symbol.flags & ts.SymbolFlags.Value) === 0;
        return { name: exported.name, kind, typeOnly, signatures: signaturesOf(checker, symbol, kind) };
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { specifier, file, exports };
  });
}

/** The report: per entry point, one line per export with its kind and signature(s). */
export function renderPublicApi(entries: readonly PublicEntry[]): string {
  const lines = [
    '# Public API of community-kit',
    '',
    '<!-- Generated by `npm run api` (scripts/write-public-api.ts) from the sources: do not edit by hand.',
    '     test/package/publicApi.test.ts fails when this file differs from what the sources export. -->',
    '',
    'Every export of every entry point in package.json `exports`, with its kind and signature.',
    'A change here is a change to what users can import: review it as such.',
    '',
  ];
  const subpaths = entries.slice(1);
  const root = entries[0];
  for (const entry of entries) {
    lines.push(`## \`${entry.specifier}\` (${entry.exports.length} exports)`, '');
    const elsewhere = new Map<string, string>();
    if (entry === root)
      for (const sub of subpaths)
        for (const e of sub.exports) {
          const same = root.exports.find((r) => r.name === e.name);
          if (same && same.kind === e.kind && same.signatures.join() === e.signatures.join())
            elsewhere.set(e.name, elsewhere.get(e.name) ?? sub.specifier);
        }
    if (elsewhere.size > 0) {
      const bySpec = new Map<string, string[]>();
      for (const [name, spec] of elsewhere) bySpec.set(spec, [...(bySpec.get(spec) ?? []), name]);
      for (const [spec, names] of bySpec)
        lines.push(`- from \`${spec}\`: ${names.map((n) => `\`${n}\``).join(', ')}`);
      const onlyHere = entry.exports.some((e) => !elsewhere.has(e.name));
      if (onlyHere) lines.push('', 'Only in the root entry, or different there:', '');
      else lines.push('', 'Nothing else: every root export comes from an entry above.');
    }
    for (const e of entry.exports) {
      if (elsewhere.has(e.name)) continue;
      const sigs = e.signatures.length === 0 ? [''] : e.signatures;
      for (const sig of sigs) {
        const text = e.kind === 'function' ? `${e.name}${sig}` : sig === '' ? e.name : `${e.name}: ${sig}`;
        // Unique-symbol keys print with a compiler-internal id (__@LOG@2051): keep the name only.
        const clean = text
          .replace(/`/g, "'")
          .replace(/__@(\w+)@\d+/g, '[$1]')
          // Types from other packages print as import("<absolute path>"): keep the package name only.
          .replace(/import\("[^"]*\/node_modules\/((?:@[^/"]+\/)?[^/"]+)[^"]*"\)/g, 'import("$1")')
          .replaceAll(`${repoRoot}/`, '');
        lines.push(`- ${e.kind} \`${clean}\``);
      }
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Where the committed report lives. */
export const publicApiReportPath = join(repoRoot, 'etc', 'public-api.md');
