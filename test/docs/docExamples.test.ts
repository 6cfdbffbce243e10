import { describe, expect, it } from 'vitest';
import { generateExample, resultExpression, sourceExamples } from './docExamples.js';
import { __check, __more, __near } from './exampleCheck.js';

const source = [
  '/**',
  ' * Adds.',
  ' *',
  ' * @example',
  ' * ```ts',
  ' * add(1, 2); // → 3',
  ' * add(0.1, 0.2);',
  ' * // ≈ 0.3',
  ' * ```',
  ' */',
  'export function add(a: number, b: number): number {',
  '  return a + b;',
  '}',
].join('\n');

describe('docExamples', () => {
  it('finds the @example code of a doc comment with its line numbers', () => {
    const [ex] = sourceExamples('src/x.ts', source);
    expect(ex?.line).toBe(6);
    expect(ex?.lines.map((l) => [l.line, l.text])).toEqual([
      [6, 'add(1, 2); // → 3'],
      [7, 'add(0.1, 0.2);'],
      [8, '// ≈ 0.3'],
    ]);
  });

  it('turns each result into a check naming the file and line, for a statement on the same or the previous line', () => {
    const [ex] = sourceExamples('src/x.ts', source);
    const g = generateExample(ex!, { sources: [] }, './check.js');
    expect(g.code).toContain('__check((add(1, 2)), 3, "src/x.ts:6");');
    expect(g.code).toContain('__check((add(0.1, 0.2)), __near(0.3, 1), "src/x.ts:8");');
    expect(g.checked).toBe(2);
    expect(g.lineOf[g.code.split('\n').findIndex((l) => l.includes('src/x.ts:6'))]).toBe(6);
  });

  it('writes dates, omitted elements, remarks and approximate numbers as expressions', () => {
    expect(resultExpression('{ at: Date 2024-03-01, n: 1 }', false)).toBe(
      "{ at: new Date('2024-03-01'), n: 1 }",
    );
    expect(resultExpression('{ a: 1, … }', false)).toBe('{ a: 1, [__more]: true }');
    expect(resultExpression('[1, …]', false)).toBe('[1, __more]');
    expect(resultExpression("'a — b' — a remark", false)).toBe("'a — b'");
    expect(resultExpression('[-1.25, 3]', true)).toBe('[__near(-1.25, 2), __near(3, 0)]');
  });

  it('refuses placeholders', () => {
    const ex = {
      file: 'docs/x.md',
      line: 3,
      kind: 'page' as const,
      lines: [{ text: 'f(); // → …', line: 3 }],
    };
    expect(() => generateExample(ex, { sources: [] }, './check.js')).toThrow(/docs\/x\.md:3: .*placeholders/);
  });
});

describe('exampleCheck', () => {
  it('fails with the file and line and the value the code returned', () => {
    expect(() => __check({ a: 1 }, { a: 2 }, 'src/x.ts:6')).toThrow(
      /src\/x\.ts:6: .*which is \/\/ → \{ a: 1 \}/,
    );
  });

  it('lets `…` stand for other properties and later elements, and nothing else', () => {
    __check({ a: 1, b: 2 }, { a: 1, [__more]: true }, 'x');
    __check([1, 2, 3], [1, 2, __more], 'x');
    expect(() => __check([1, 2, 3], [2, __more], 'x')).toThrow();
    expect(() => __check({ a: 1 }, { a: 1, c: 3, [__more]: true }, 'x')).toThrow();
  });

  it('compares ≈ numbers to the decimals written', () => {
    __check(0.4376, __near(0.44, 2), 'x');
    expect(() => __check(0.4376, __near(0.43, 2), 'x')).toThrow();
  });
});
