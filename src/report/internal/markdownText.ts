/**
 * Text the data gave (names, interests, topics, reasons), made safe to put
 * inside Markdown: every character Markdown or HTML would read as syntax is
 * escaped, so `[x](javascript:…)` stays text and `<script>` stays text, and
 * line breaks become spaces (user text never starts a block).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\f\v]+/g, ' ')
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * A file-name and anchor stem made only of `a-z`, `0-9` and `-` (at most 64
 * characters) from any id: `../../tmp/evil` → `tmp-evil`; `fallback` when
 * nothing is left.
 */
export function safeStem(id: string, fallback: string): string {
  const stem = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return stem === '' ? fallback : stem;
}

/** Stems for several ids, made unique in order (`a`, `a-2`, `a-3`…). */
export function uniqueStems(ids: readonly string[], fallback: (i: number) => string): string[] {
  const seen = new Set<string>();
  return ids.map((id, i) => {
    const base = safeStem(id, fallback(i));
    let stem = base;
    for (let k = 2; seen.has(stem); k++) stem = `${base}-${k}`;
    seen.add(stem);
    return stem;
  });
}
