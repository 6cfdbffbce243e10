import { describe, expect, it } from 'vitest';
import { linkTargetsByPage, pageOfTarget } from './pdfLinks.js';

/** A PDF written as Chromium writes one: a nested page tree, links as annotations. */
const PDF = `%PDF-1.4
1 0 obj
<</Type /Page
/Annots [4 0 R 5 0 R]
/Parent 8 0 R>>
endobj
2 0 obj
<</Type /Page
/Parent 8 0 R>>
endobj
3 0 obj
<</Type /Page
/Annots [6 0 R]
/Parent 9 0 R>>
endobj
4 0 obj
<</Type /Annot
/Subtype /Link
/A <</Type /Action
/S /URI
/URI (https://marker.invalid/figure-0-top)>>>>
endobj
5 0 obj
<</Type /Annot
/Subtype /Link
/A <</Type /Action
/S /URI
/URI (https://chaoss.community/)>>>>
endobj
6 0 obj
<</Type /Annot
/Subtype /Link
/A <</Type /Action
/S /URI
/URI (https://marker.invalid/figure-0-bottom)>>>>
endobj
8 0 obj
<</Type /Pages
/Count 2
/Kids [1 0 R 2 0 R]
/Parent 10 0 R>>
endobj
9 0 obj
<</Type /Pages
/Count 1
/Kids [3 0 R]
/Parent 10 0 R>>
endobj
10 0 obj
<</Type /Pages
/Count 3
/Kids [8 0 R 9 0 R]>>
endobj
%%EOF
`;

describe('linkTargetsByPage', () => {
  it('lists each page’s link targets in page order, through a nested page tree', () => {
    const pages = linkTargetsByPage(new TextEncoder().encode(PDF));
    expect(pages).toEqual([
      ['https://marker.invalid/figure-0-top', 'https://chaoss.community/'],
      [],
      ['https://marker.invalid/figure-0-bottom'],
    ]);
    const at = pageOfTarget(pages);
    expect(at.get('https://marker.invalid/figure-0-top')).toBe(0);
    expect(at.get('https://marker.invalid/figure-0-bottom')).toBe(2);
  });

  it('throws on a file without a page tree', () => {
    expect(() => linkTargetsByPage(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'))).toThrow(/no page tree/);
  });
});
