import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../../src/io/mbox/internal/plainText.js';

const ATTRIBUTION = /(?:wrote|writes|schrieb|a écrit|escribió|ha scritto|skrev|napisał)\s*:\s*$/i;

/** The rules of plainText written with regular expressions (its definition before it scanned lines by hand). */
function reference(subject: string, body: string): string {
  const lines = (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split('\n');
  const next = (from: number): string => {
    for (let i = from; i < lines.length; i++)
      if ((lines[i] as string).trim() !== '') return lines[i] as string;
    return '';
  };
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '-- ' || line === '--' || /^_{10,}\s*$/.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    if (line.trimEnd().endsWith(':') && ATTRIBUTION.test(line) && /^\s*>/.test(next(i + 1))) continue;
    if (line.trim() === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line.trimEnd());
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  const text = kept.length === 0 ? subject : `${subject}\n\n${kept.join('\n')}`;
  return text.length > 100_000 ? text.slice(0, 100_000) : text;
}

describe('plainText', () => {
  it('keeps exactly what the regular-expression definition keeps, for any lines', () => {
    const piece = fc.constantFrom(
      'a',
      ' ',
      '\t',
      '\u00a0',
      '\u3000',
      '>',
      ':',
      'wrote',
      'Ada wrote:',
      '-- ',
      '--',
      '__________',
      '\r',
      '\r\n',
      '\n',
      'é',
      '\u2028',
      '\ufeff',
      '\u0085',
      '  >',
      'x\t',
      'On Monday Ada wrote:  ',
      '_'.repeat(12),
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const body = parts.join('');
        expect(plainText('s', body)).toBe(reference('s', body));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps what the definition keeps for bodies of whole lines (runs of kept lines are sliced, not rebuilt)', () => {
    const line = fc.constantFrom(
      'plain words',
      'trailing space  ',
      '',
      '   ',
      '> quoted',
      ' > quoted after a space',
      'On Mon, Ada wrote:',
      '-- ',
      '___________',
      'x',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const body = lines.join(eol);
        expect(plainText('Subject', body)).toBe(reference('Subject', body));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts at 100,000 characters as the definition does', () => {
    const body = `${'word '.repeat(30_000)}\n\n${'more '.repeat(10)}`;
    expect(plainText('s', body)).toBe(reference('s', body));
    expect(plainText('s', body)).toHaveLength(100_000);
  });
});
