import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/report/internal/markdownText.js';
import { escapeHtml, inlineToHtml, markdownToHtml } from '../../../src/report/internal/markdownToHtml.js';

describe('inlineToHtml', () => {
  it('renders bold, italic, code and allowed links', () => {
    expect(inlineToHtml('**a** and *b* and _c_ and `d<e>`')).toBe(
      '<strong>a</strong> and <em>b</em> and <em>c</em> and <code>d&lt;e&gt;</code>',
    );
    expect(inlineToHtml('[CHAOSS](https://chaoss.community/?p=1&q=2)')).toBe(
      '<a href="https://chaoss.community/?p=1&amp;q=2">CHAOSS</a>',
    );
    expect(inlineToHtml('[top](#summary)')).toBe('<a href="#summary">top</a>');
  });

  it('shows other link targets as text', () => {
    expect(inlineToHtml('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
    expect(inlineToHtml('[x](data:text/html,hi)')).toBe('[x](data:text/html,hi)');
    expect(inlineToHtml('[x](//evil.example/)')).toBe('[x](//evil.example/)');
  });

  it('escapes raw HTML and honours backslash escapes and the usual entities', () => {
    expect(inlineToHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(inlineToHtml('\\*not italic\\* a\\_b &lt;b&gt; &amp; &copy;')).toBe(
      '*not italic* a_b &lt;b&gt; &amp; &amp;copy;',
    );
    expect(inlineToHtml('snake_case_name stays')).toBe('snake_case_name stays');
  });

  it('turns any escaped user string back into exactly that text, escaped for HTML', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const expected = escapeHtml(s.replace(/[\r\n\t\f\v]+/g, ' ').replace(/[\ue000-\ue101]/g, '\ufffd'));
        expect(inlineToHtml(escapeMarkdown(s))).toBe(expected);
      }),
    );
  });

  it('never lets a tag or an unsafe href through, whatever the Markdown', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '<',
            '>',
            '[',
            ']',
            '(',
            ')',
            '*',
            '_',
            '`',
            '\\',
            '&',
            'a',
            ':',
            'javascript:',
            'https://x',
            '"',
            ' ',
          ),
        }),
        (s) => {
          const html = inlineToHtml(s);
          const tags = [...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
          for (const t of tags) expect(['a', 'strong', 'em', 'code']).toContain(t);
          for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:\/\/|mailto:|#)/);
        },
      ),
    );
  });
});

describe('markdownToHtml', () => {
  it('renders headings (shifted), paragraphs, lists and tables', () => {
    const md = [
      '# Title',
      '',
      'One line',
      'continued.',
      '',
      '- a',
      '- **b**',
      '',
      '1. first',
      '2. second',
      '',
      '| Name | N |',
      '|---|---|',
      '| x \\| y | 2 |',
      '| z | |',
    ].join('\n');
    expect(markdownToHtml(md, { headingOffset: 2 })).toBe(
      [
        '<h3>Title</h3>',
        '<p>One line continued.</p>',
        '<ul><li>a</li><li><strong>b</strong></li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
        '<table><thead><tr><th scope="col">Name</th><th scope="col">N</th></tr></thead><tbody><tr><td>x | y</td><td>2</td></tr><tr><td>z</td><td></td></tr></tbody></table>',
      ].join('\n'),
    );
  });

  it('leaves the head out of a table whose header is empty, and keeps raw HTML as text', () => {
    expect(markdownToHtml('| | |\n|---|---|\n| Stage | growing |')).toBe(
      '<table><tbody><tr><td>Stage</td><td>growing</td></tr></tbody></table>',
    );
    expect(markdownToHtml('<a id="x"></a>')).toBe('<p>&lt;a id=&quot;x&quot;&gt;&lt;/a&gt;</p>');
  });
});

describe('markdownToHtml on pathological input', () => {
  it('handles long runs of spaces, brackets and hashes in linear time (a slow regex would hang here)', () => {
    const spaces = ' '.repeat(100_000);
    expect(markdownToHtml(`# a${spaces}x`)).toBe(`<h1>a${spaces}x</h1>`);
    expect(markdownToHtml(`# closing ##`)).toBe('<h1>closing</h1>');
    expect(markdownToHtml(`| a |\n${spaces}`)).toBe('<p>| a |</p>');
    expect(inlineToHtml('['.repeat(50_000)).length).toBe(50_000);
    expect(inlineToHtml('*a '.repeat(30_000)).startsWith('*a')).toBe(true);
  });
});
