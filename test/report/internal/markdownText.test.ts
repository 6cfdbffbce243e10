import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, safeStem, uniqueStems } from '../../../src/report/internal/markdownText.js';

describe('escapeMarkdown', () => {
  it('keeps link, emphasis, table and HTML syntax as text', () => {
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('<script>a & b</script>')).toBe('&lt;script&gt;a &amp; b&lt;/script&gt;');
    expect(escapeMarkdown('a|b *c* _d_ `e` ~f~')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\~f\\~');
  });

  it('never starts a block: headings, list items and line breaks are neutralised', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('a\n\n# b')).toBe('a \\# b');
  });

  it('leaves no unescaped Markdown or HTML syntax in any string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeMarkdown(s);
        expect(e).not.toMatch(/[<>\n\r]/);
        // every [ ] * _ ` | is preceded by an odd number of backslashes
        const bare = e.replace(/\\./g, '');
        expect(bare).not.toMatch(/[[\]*_`|~\\]/);
      }),
    );
  });
});

describe('safeStem', () => {
  it('turns any id into a-z0-9- with no path parts', () => {
    expect(safeStem('../../../tmp/evil', 'x')).toBe('tmp-evil');
    expect(safeStem('Health', 'x')).toBe('health');
    expect(safeStem('../..', 'section-3')).toBe('section-3');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(safeStem(s, 'f')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });

  it('makes stems unique in order', () => {
    expect(uniqueStems(['a', 'A', 'a-2', '..'], (i) => `s-${i}`)).toEqual(['a', 'a-2', 'a-2-2', 's-3']);
  });
});
