/**
 * Finds every example in the docs and turns it into a module the test suite
 * type-checks and runs (test/docs/examples.test.ts).
 *
 * Where examples are found:
 * - every `@example` of every doc comment in `src/**\/*.ts` (fenced ```ts
 *   blocks, or the whole tag when it has no fence) — one module per example;
 * - every ```ts / ```typescript block of README.md and docs/**\/*.md — the
 *   blocks of one page run in order as one module, like a notebook.
 *
 * How results are written and checked:
 * - `expr; // → value` (or `// → value` on the line after a statement):
 *   the statement's value deep-equals `value`, a JS literal (numbers,
 *   strings, arrays, objects, `true`, `false`, `null`, `undefined`).
 *   `const x = expr; // → value` checks `x`.
 * - `Date 2024-03-01` (or a full ISO timestamp) in a value is that date.
 * - `…` as the last element of an array, or anywhere among an object's
 *   properties, means "more elements / other properties not shown".
 * - `// ≈ value`: the same, but each number equals the result rounded to
 *   the decimals written (`// ≈ 0.44` holds for 0.4376).
 * - `// → value — remark`: the text after ` — ` explains and is not checked.
 * - `// → … words`: prose, not checked (the statement still runs). For
 *   results that cannot be written as a literal; keep them rare.
 * An example from a src file may use, without importing them, the exports
 * of its own file, of its module's entry point and of the root entry point;
 * a docs page imports what it uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One line of an example, with where it came from (1-based line in the file). */
export interface ExampleLine {
  readonly text: string;
  readonly line: number;
}

/** One runnable example: a src doc comment's `@example`, or all the ts blocks of a page. */
export interface DocExample {
  /** Path from the repository root. */
  readonly file: string;
  /** Line of the first code line. */
  readonly line: number;
  readonly lines: readonly ExampleLine[];
  readonly kind: 'doc-comment' | 'page';
}

/** Every .ts file under dir (sorted, so examples come in a stable order). */
export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every .md file under dir, sorted. */
function mdFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'api') out.push(...mdFiles(path));
    } else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

const FENCE_OPEN = /^\s*```\s*(ts|typescript)\s*$/;
const FENCE_ANY = /^\s*```/;

/** The `@example` code of each doc comment in a TypeScript source. */
export function sourceExamples(file: string, text: string): DocExample[] {
  const out: DocExample[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    if (!/^\s*\/\*\*/.test(lines[i] as string)) {
      i++;
      continue;
    }
    // Collect the comment's lines, stripped of their ` * ` prefix.
    const body: ExampleLine[] = [];
    for (; i < lines.length; i++) {
      const raw = lines[i] as string;
      const end = raw.includes('*/');
      const stripped = raw
        .replace(/^\s*\/\*\*\s?/, '')
        .replace(/\*\/.*$/, '')
        .replace(/^\s*\* ?/, '');
      body.push({ text: stripped.replace(/\s+$/, ''), line: i + 1 });
      if (end) {
        i++;
        break;
      }
    }
    for (let j = 0; j < body.length; j++) {
      if (!/^@example\b/.test((body[j] as ExampleLine).text)) continue;
      const tag: ExampleLine[] = [];
      const rest = (body[j] as ExampleLine).text.replace(/^@example\s*/, '');
      if (rest !== '') tag.push({ text: rest, line: (body[j] as ExampleLine).line });
      let inFence = false;
      for (j++; j < body.length; j++) {
        const l = body[j] as ExampleLine;
        if (FENCE_ANY.test(l.text)) inFence = !inFence;
        if (!inFence && /^@\w+/.test(l.text)) break;
        tag.push(l);
      }
      j--;
      const code = fencedCode(tag) ?? tag.filter((l) => !FENCE_ANY.test(l.text));
      const nonEmpty = code.filter((l) => l.text.trim() !== '');
      if (nonEmpty.length > 0)
        out.push({ file, line: (nonEmpty[0] as ExampleLine).line, lines: code, kind: 'doc-comment' });
    }
  }
  return out;
}

/** The lines inside ```ts fences, or undefined when there is no fence at all. */
function fencedCode(lines: readonly ExampleLine[]): ExampleLine[] | undefined {
  if (!lines.some((l) => FENCE_ANY.test(l.text))) return undefined;
  const out: ExampleLine[] = [];
  let inTs = false;
  let inOther = false;
  for (const l of lines) {
    if (inTs || inOther) {
      if (/^\s*```\s*$/.test(l.text)) {
        inTs = false;
        inOther = false;
      } else if (inTs) out.push(l);
    } else if (FENCE_OPEN.test(l.text)) inTs = true;
    else if (FENCE_ANY.test(l.text)) inOther = true;
  }
  return out;
}

/** All ```ts blocks of a Markdown page, as one example (empty list when there are none). */
export function pageExamples(file: string, text: string): DocExample[] {
  const lines = text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
  const code = fencedCode(lines) ?? [];
  if (code.length === 0) return [];
  return [{ file, line: (code[0] as ExampleLine).line, lines: code, kind: 'page' }];
}

/** Every example of the repository: src doc comments, README.md and docs/. */
export function allExamples(root: string): DocExample[] {
  const out: DocExample[] = [];
  for (const path of tsFiles(join(root, 'src')))
    out.push(...sourceExamples(relative(root, path), readFileSync(path, 'utf8')));
  for (const path of [join(root, 'README.md'), ...mdFiles(join(root, 'docs'))])
    out.push(...pageExamples(relative(root, path), readFileSync(path, 'utf8')));
  return out;
}

// ---------------------------------------------------------------------------
// Names an example may use without importing them

/** The names a source file exports, and which of them are types only. */
export function exportedNames(text: string): Map<string, { typeOnly: boolean }> {
  const out = new Map<string, { typeOnly: boolean }>();
  for (const m of text.matchAll(
    /^export\s+(?:declare\s+)?(?:async\s+)?(function\*?|const|let|var|class|abstract\s+class|enum|interface|type)\s+([A-Za-z_$][\w$]*)/gm,
  ))
    out.set(m[2] as string, { typeOnly: m[1] === 'interface' || m[1] === 'type' });
  for (const m of text.matchAll(/^export\s+(type\s+)?\{([^}]*)\}\s*from/gm))
    for (const part of (m[2] as string).split(',')) {
      const names = part.trim().replace(/^type\s+/, '');
      const as = /(?:^|\s)as\s+([\w$]+)$/.exec(names);
      const name = as ? (as[1] as string) : names;
      if (name !== '') out.set(name, { typeOnly: Boolean(m[1]) || /^\s*type\s/.test(part) });
    }
  return out;
}

/** Names exported by the public (non-internal) files of a folder, recursively. */
function moduleNames(dir: string): Map<string, { typeOnly: boolean }> {
  const out = new Map<string, { typeOnly: boolean }>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'internal') walk(path);
      } else if (name.endsWith('.ts'))
        for (const [k, v] of exportedNames(readFileSync(path, 'utf8'))) out.set(k, v);
    }
  };
  walk(dir);
  return out;
}

/** Where to import names from, by priority: the example's own file, its module entry, the root entry. */
export interface ImportScope {
  readonly sources: readonly { specifier: string; names: Map<string, { typeOnly: boolean }> }[];
}

/** The subpath entry points of package.json `exports` (`model`, `sample`…), JSON files left out. */
function subpathEntries(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((k) => k.startsWith('./') && !k.endsWith('.json'))
    .map((k) => k.slice(2))
    .filter((m) => existsEntry(root, m));
}

/**
 * The names in scope for an example of `file`, by priority: its own file, its
 * module's entry point, the root entry point, then every other entry point
 * (so `sampleCommunity` comes from `community-kit/sample`).
 * `specifierOf` turns a repository path into an import specifier.
 */
export function importScope(
  root: string,
  example: DocExample,
  specifierOf: (path: string) => string,
): ImportScope {
  if (example.kind === 'page') return { sources: [] };
  const own = {
    specifier: specifierOf(example.file),
    names: exportedNames(readFileSync(join(root, example.file), 'utf8')),
  };
  const parts = example.file.split('/');
  const module = parts[1] as string;
  const sources = [own];
  const entries = subpathEntries(root);
  if (parts.length > 2 && entries.includes(module))
    sources.push({ specifier: `community-kit/${module}`, names: moduleNames(join(root, 'src', module)) });
  const rootText = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
  const rootNames = new Map<string, { typeOnly: boolean }>();
  for (const m of rootText.matchAll(/^export \* from '\.\/(\w+)\/index\.js';/gm))
    for (const [k, v] of moduleNames(join(root, 'src', m[1] as string))) rootNames.set(k, v);
  for (const [k, v] of exportedNames(rootText)) rootNames.set(k, v);
  sources.push({ specifier: 'community-kit', names: rootNames });
  for (const m of entries)
    if (m !== module)
      sources.push({ specifier: `community-kit/${m}`, names: moduleNames(join(root, 'src', m)) });
  return { sources };
}

function existsEntry(root: string, module: string): boolean {
  try {
    return statSync(join(root, 'src', module, 'index.ts')).isFile();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// From example to module

/** A generated module and, for each of its lines, the source line it stands for. */
export interface GeneratedExample {
  readonly code: string;
  /** lineOf[i] = source line of generated line i + 1. */
  readonly lineOf: readonly number[];
  /** Results written as prose (`// → …`): run but not checked. */
  readonly prose: number;
  /** Results checked. */
  readonly checked: number;
}

/** Text with string literals and comments blanked out (same length), to count brackets and find names. */
function codeOnly(text: string, keepComments = false): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') {
        out += '  ';
        i++;
        continue;
      }
      if (c === quote) quote = null;
      out += quote ? ' ' : c;
      continue;
    }
    if (!keepComments && c === '/' && text[i + 1] === '/') return out + ' '.repeat(text.length - i);
    if (c === "'" || c === '"' || c === '`') quote = c;
    out += c;
  }
  return out;
}

function depthChange(code: string): number {
  let d = 0;
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') d++;
    else if (c === ')' || c === ']' || c === '}') d--;
  }
  return d;
}

interface Statement {
  lines: ExampleLine[];
  arrow?: { kind: '→' | '≈'; value: string; line: number };
}

const ARROW = /\/\/\s*(→|≈)(.*)$/;

/** Splits the code into statements and attaches each `// →` result to its statement. */
function statements(lines: readonly ExampleLine[]): Statement[] {
  const out: Statement[] = [];
  let current: ExampleLine[] = [];
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as ExampleLine;
    const arrowAt = findArrow(l.text);
    const arrow = arrowAt >= 0 ? ARROW.exec(l.text.slice(arrowAt)) : null;
    const before = arrowAt >= 0 ? l.text.slice(0, arrowAt).replace(/\s+$/, '') : l.text;
    if (before.trim() === '' && arrow) {
      // A result on its own line: it belongs to the previous statement.
      const prev = current.length > 0 ? undefined : out[out.length - 1];
      if (!prev || prev.arrow)
        throw new Error(`line ${l.line}: a "// ${arrow[1]}" result with no statement before it`);
      prev.arrow = { kind: arrow[1] as '→' | '≈', value: (arrow[2] as string).trim(), line: l.line };
      i = continueValue(prev.arrow, lines, i);
      continue;
    }
    const bare = codeOnly(before).trim();
    if (current.every((c) => c.text.trim() === '') && isBlockLine(bare)) {
      // `if (…) {`, `} catch (e) {`, `}`: a line of its own, so results can be written inside blocks.
      if (arrow)
        throw new Error(`line ${l.line}: a "// ${arrow[1]}" result on a block's opening or closing line`);
      out.push({ lines: [...current, { text: before, line: l.line }] });
      current = [];
      continue;
    }
    current.push({ text: before, line: l.line });
    depth += depthChange(codeOnly(before));
    const next = lines[i + 1];
    const continues =
      depth > 0 ||
      /[=(,.?:+\-*/&|]$/.test(codeOnly(before).trim()) ||
      (next !== undefined && /^\s*(\.|\?\.)/.test(next.text)) ||
      before.trim() === '';
    if (arrow && depth > 0)
      throw new Error(`line ${l.line}: a "// ${arrow[1]}" result inside an unfinished statement`);
    if (!continues || arrow) {
      const st: Statement = { lines: current };
      if (arrow) {
        st.arrow = { kind: arrow[1] as '→' | '≈', value: (arrow[2] as string).trim(), line: l.line };
        i = continueValue(st.arrow, lines, i);
      }
      out.push(st);
      current = [];
      depth = 0;
    }
  }
  if (current.some((l) => l.text.trim() !== '')) out.push({ lines: current });
  return out;
}

/**
 * A result whose brackets are still open continues on the next comment lines
 * (`// → ['a',` then `//    'b']`); returns the index of its last line.
 */
function continueValue(arrow: { value: string }, lines: readonly ExampleLine[], i: number): number {
  while (depthChange(codeOnly(arrow.value)) > 0) {
    const next = lines[i + 1];
    const m = next && /^\s*\/\/(?!\s*[→≈])\s?(.*)$/.exec(next.text);
    if (!m) break;
    arrow.value = `${arrow.value} ${(m[1] as string).trim()}`;
    i++;
  }
  return i;
}

/** A line that opens or closes a block (`if (x) {`, `} else {`, `try {`, `}`) rather than a statement. */
function isBlockLine(code: string): boolean {
  if (code === '}') return true;
  if (!code.endsWith('{')) return false;
  return /^(}\s*)?(else|catch|finally|try|do|if|for|while|switch)\b/.test(code);
}

/** Index of the line's `//` comment (outside strings), or -1. */
function commentStart(text: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '/' && text[i + 1] === '/') return i;
    else if (c === "'" || c === '"' || c === '`') quote = c;
  }
  return -1;
}

/** Index of a `// →` / `// ≈` comment outside strings, or -1. */
function findArrow(text: string): number {
  const at = commentStart(text);
  return at >= 0 && /^\/\/\s*(→|≈)/.test(text.slice(at)) ? at : -1;
}

/** The written result as a TypeScript expression (`Date …`, `…` and, for `≈`, numbers rewritten). */
export function resultExpression(written: string, approximate: boolean): string {
  const value = withoutRemark(written);
  let out = '';
  const stack: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < value.length && value[j] !== c) j += value[j] === '\\' ? 2 : 1;
      out += value.slice(i, j + 1);
      i = j;
      continue;
    }
    const date = /^Date (\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z)?)/.exec(value.slice(i));
    if (date && !/[\w$]/.test(value[i - 1] ?? '')) {
      out += `new Date('${date[1]}')`;
      i += date[0].length - 1;
      continue;
    }
    if (c === '…') {
      out += stack[stack.length - 1] === '{' ? '[__more]: true' : '__more';
      continue;
    }
    if (approximate && /[-\d.]/.test(c) && !/[\w$.]/.test(value[i - 1] ?? '')) {
      const num = /^-?(\d+)(?:\.(\d+))?(?:e[+-]?\d+)?/i.exec(value.slice(i));
      if (num) {
        out += `__near(${num[0]}, ${num[2]?.length ?? 0})`;
        i += num[0].length - 1;
        continue;
      }
    }
    if (c === '{' || c === '[' || c === '(') stack.push(c);
    if (c === '}' || c === ']' || c === ')') stack.pop();
    out += c;
  }
  return out;
}

/** The result without its remark: text after ` — ` (outside strings) explains, and is not checked. */
function withoutRemark(value: string): string {
  let quote: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (value.startsWith(' — ', i)) return value.slice(0, i);
  }
  return value;
}

const DECLARATION = /^(\s*)(?:export\s+)?(const|let|var)\s+([A-Za-z_$][\w$]*)(\s*:[^=]+)?\s*=/;

/** Names the example declares itself (these are never auto-imported). */
function declaredNames(code: string): Set<string> {
  const out = new Set<string>();
  for (const m of code.matchAll(
    /\b(?:const|let|var|function\*?|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g,
  ))
    out.add(m[1] as string);
  for (const m of code.matchAll(/\b(?:const|let|var)\s*[{[]([^=]*)[}\]]\s*=/g))
    for (const part of (m[1] as string).split(/[,{}[\]]/)) {
      const local = part.includes(':') ? part.split(':')[1] : part;
      const name = (local ?? '')
        .replace(/\.\.\./, '')
        .replace(/=.*$/, '')
        .trim();
      if (/^[A-Za-z_$][\w$]*$/.test(name)) out.add(name);
    }
  for (const m of code.matchAll(/\(([^()]*)\)\s*=>/g))
    for (const p of (m[1] as string).split(',')) {
      const name = p.replace(/[:=].*$/, '').trim();
      if (/^[A-Za-z_$][\w$]*$/.test(name)) out.add(name);
    }
  for (const m of code.matchAll(/\b([A-Za-z_$][\w$]*)\s*=>/g)) out.add(m[1] as string);
  return out;
}

/** Names imported by the example's own import statements. */
function importedNames(code: string): Set<string> {
  const out = new Set<string>();
  for (const m of code.matchAll(/import\s+(?:type\s+)?([\s\S]*?)\s+from\s+['"]/g)) {
    const clause = m[1] as string;
    for (const part of clause.replace(/[{}*]/g, ',').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name && /^[A-Za-z_$][\w$]*$/.test(name)) out.add(name);
    }
  }
  return out;
}

/** The module that runs an example: imports, then its code in an async function, results turned into checks. */
export function generateExample(
  example: DocExample,
  scope: ImportScope,
  checkModule: string,
): GeneratedExample {
  const importLines: ExampleLine[] = [];
  const bodyLines: ExampleLine[] = [];
  let inImport = false;
  for (const l of example.lines) {
    if (inImport || /^\s*import\s/.test(l.text)) {
      importLines.push(l);
      inImport = !/\bfrom\s+['"][^'"]+['"];?\s*$|^\s*import\s+['"][^'"]+['"];?\s*$/.test(l.text);
    } else bodyLines.push(l);
  }
  const all = example.lines.map((l) => codeOnly(l.text)).join('\n');
  const declared = declaredNames(all);
  const imported = importedNames(example.lines.map((l) => l.text).join('\n'));
  const used = new Set<string>();
  // Names in results count too (`// → other(x).value`), so they are read with comments kept.
  const withResults = example.lines.map((l) => codeOnly(l.text, true)).join('\n');
  for (const m of withResults.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)/g)) used.add(m[1] as string);

  const bySpecifier = new Map<string, string[]>();
  for (const name of [...used].sort()) {
    if (declared.has(name) || imported.has(name)) continue;
    const from = scope.sources.find((s) => s.names.has(name));
    if (!from) continue;
    const item = from.names.get(name)?.typeOnly ? `type ${name}` : name;
    bySpecifier.set(from.specifier, [...(bySpecifier.get(from.specifier) ?? []), item]);
  }

  const code: string[] = [];
  const lineOf: number[] = [];
  const emit = (text: string, line: number): void => {
    code.push(text);
    lineOf.push(line);
  };
  emit(
    `// Generated from ${example.file}:${example.line} by test/docs/examples.test.ts: do not edit.`,
    example.line,
  );
  emit(`import { __check, __more, __near } from '${checkModule}';`, example.line);
  for (const [spec, names] of bySpecifier)
    emit(`import { ${names.join(', ')} } from '${spec}';`, example.line);
  for (const l of importLines) emit(l.text, l.line);
  emit('void __check; void __more; void __near;', example.line);
  emit('export default async function example(): Promise<void> {', example.line);

  let prose = 0;
  let checked = 0;
  for (const st of statements(bodyLines)) {
    if (!st.arrow) {
      for (const l of st.lines) emit(l.text, l.line);
      continue;
    }
    const { kind, value, line } = st.arrow;
    const where = `${example.file}:${line}`;
    if (value === '' || value === '…' || value === '...')
      throw new Error(`${where}: a "// ${kind}" with no result written (placeholders are not allowed)`);
    if (value.startsWith('…')) {
      prose++;
      for (const l of st.lines) emit(l.text, l.line);
      continue;
    }
    checked++;
    const expected = resultExpression(value, kind === '≈');
    const first = st.lines[0] as ExampleLine;
    const decl = DECLARATION.exec(first.text);
    const last = st.lines.length - 1;
    if (decl) {
      for (const l of st.lines) emit(l.text, l.line);
      emit(`__check(${decl[3]}, ${expected}, ${JSON.stringify(where)});`, line);
      continue;
    }
    st.lines.forEach((l, i) => {
      let text = l.text;
      if (i === 0) text = `__check((${text}`;
      if (i === last) text = `${text.replace(/;\s*$/, '')}), ${expected}, ${JSON.stringify(where)});`;
      emit(text, l.line);
    });
  }
  emit('}', example.lines[example.lines.length - 1]?.line ?? example.line);
  return { code: `${code.join('\n')}\n`, lineOf, prose, checked };
}
