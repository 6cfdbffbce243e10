/**
 * Reads, from a PDF that Chromium printed, which link targets each page
 * holds, in page order. The print test puts a tiny link at the top and at
 * the bottom of every figure: a figure split across pages has its two links
 * on different pages. Chromium writes page, page-tree and link annotation
 * objects uncompressed, so a small parser of those three kinds is enough.
 */

/** The body of every `N 0 obj … endobj` of the PDF, by object number. */
function pdfObjects(pdf: string): Map<number, string> {
  const objects = new Map<number, string>();
  for (const m of pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b([\s\S]*?)\bendobj/g))
    objects.set(Number(m[1]), m[2] as string);
  return objects;
}

/** The object numbers of the references (`12 0 R`) in an array entry `/Key [ … ]` of a dictionary. */
function references(body: string, key: string): number[] {
  const m = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(body);
  return m === null ? [] : [...(m[1] as string).matchAll(/(\d+)\s+0\s+R/g)].map((r) => Number(r[1]));
}

/** The page objects of a page tree, in order. */
function pagesOf(objects: Map<number, string>, node: number, depth = 0): number[] {
  const body = objects.get(node);
  if (body === undefined || depth > 32) throw new Error(`PDF: page tree node ${node} is missing`);
  if (/\/Type\s*\/Pages\b/.test(body))
    return references(body, 'Kids').flatMap((k) => pagesOf(objects, k, depth + 1));
  return [node];
}

/**
 * The URI targets of the link annotations on each page, in page order.
 *
 * @example
 * linkTargetsByPage(pdfBytes); // → [['https://a.invalid/x'], [], ['https://a.invalid/y']]
 */
export function linkTargetsByPage(pdf: Uint8Array): string[][] {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = pdfObjects(text);
  const root = [...objects].find(([, b]) => /\/Type\s*\/Pages\b/.test(b) && !/\/Parent\b/.test(b));
  if (root === undefined) throw new Error('PDF: no page tree');
  return pagesOf(objects, root[0]).map((page) =>
    references(objects.get(page) as string, 'Annots').flatMap((a) => {
      const uri = /\/URI\s*\(([^)]*)\)/.exec(objects.get(a) ?? '');
      return uri === null ? [] : [uri[1] as string];
    }),
  );
}

/** The page (0-based) of each link target, from {@link linkTargetsByPage}. */
export function pageOfTarget(pages: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  pages.forEach((targets, i) => {
    for (const t of targets) if (!out.has(t)) out.set(t, i);
  });
  return out;
}
