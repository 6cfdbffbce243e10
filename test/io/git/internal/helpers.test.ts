import { describe, expect, it } from 'vitest';
import { gitLogArgs } from '../../../../src/io/git/gitLogArgs.js';
import { parseGitDate } from '../../../../src/io/git/internal/gitDate.js';
import { numstatPaths, unquoteGitPath } from '../../../../src/io/git/internal/gitPaths.js';
import { boundedId, gitIdentityId } from '../../../../src/io/git/internal/identityId.js';
import { globToRegExp, topLevelDirectory } from '../../../../src/io/git/internal/topicRules.js';
import { parseTrailers } from '../../../../src/io/git/internal/trailers.js';

describe('parseGitDate', () => {
  it("reads git's default format with one- and two-digit days and both offset signs", () => {
    expect(new Date(parseGitDate('Thu Apr 7 15:13:13 2005 -0700')).toISOString()).toBe(
      '2005-04-07T22:13:13.000Z',
    );
    expect(new Date(parseGitDate('Mon Nov 11 11:14:51 2013 +0530')).toISOString()).toBe(
      '2013-11-11T05:44:51.000Z',
    );
  });
  it('refuses impossible days, bad months, bad offsets and years past 9999 (NaN)', () => {
    for (const bad of [
      'Wed Apr 31 10:00:00 2024 +0000',
      'Wed Foo 1 10:00:00 2024 +0000',
      'Wed Apr 1 10:00:00 2024 0000',
      'Wed Apr 1 25:00:00 2024 +0000',
      'Wed Apr 1 10:00:00 10000 +0000',
      '1712000000 +0000',
      '',
    ])
      expect(parseGitDate(bad), bad).toBeNaN();
  });
});

describe('git paths', () => {
  it('unquotes C-quoted paths: escapes, UTF-8 octal bytes, Latin-1 when not UTF-8', () => {
    expect(unquoteGitPath('"caf\\303\\251.md"')).toBe('café.md');
    expect(unquoteGitPath('"a\\tb\\"c\\\\d"')).toBe('a\tb"c\\d');
    expect(unquoteGitPath('"caf\\351"')).toBe('café');
    expect(unquoteGitPath('plain/path.md')).toBe('plain/path.md');
  });
  it('expands the numstat rename forms', () => {
    expect(numstatPaths('doc/{a.md => b.md}')).toEqual({ oldPath: 'doc/a.md', path: 'doc/b.md' });
    expect(numstatPaths('{old => new}/x.md')).toEqual({ oldPath: 'old/x.md', path: 'new/x.md' });
    expect(numstatPaths('{ => sub}/x.md')).toEqual({ oldPath: 'x.md', path: 'sub/x.md' });
    expect(numstatPaths('dir/{sub => }/x.md')).toEqual({ oldPath: 'dir/sub/x.md', path: 'dir/x.md' });
    expect(numstatPaths('a.md => b.md')).toEqual({ oldPath: 'a.md', path: 'b.md' });
    expect(numstatPaths('plain.md')).toEqual({ path: 'plain.md' });
  });
});

describe('identity ids', () => {
  it('prefixes the lower-cased e-mail, else the name; nothing for neither', () => {
    expect(gitIdentityId('Ada', ' Ada@Example.ORG ')).toBe('git:ada@example.org');
    expect(gitIdentityId('Dan', '')).toBe('git:Dan');
    expect(gitIdentityId(' ', undefined)).toBeUndefined();
  });
  it('bounds long keys to 256 characters with a hash that tells keys apart', () => {
    const a = boundedId('git:', 'x'.repeat(400));
    const b = boundedId('git:', `${'x'.repeat(399)}y`);
    expect(a).toHaveLength(256);
    expect(a).not.toBe(b);
    expect(boundedId('git:', 'x'.repeat(400))).toBe(a);
  });
});

describe('topic globs', () => {
  it('matches ** across directories, * within one, ? one character, bare names at any depth', () => {
    expect(globToRegExp('doc/**').test('doc/a/b.md')).toBe(true);
    expect(globToRegExp('doc/**').test('src/doc/a.md')).toBe(false);
    expect(globToRegExp('doc/*.md').test('doc/a/b.md')).toBe(false);
    expect(globToRegExp('**/test/*').test('src/x/test/a.ts')).toBe(true);
    expect(globToRegExp('**/test/*').test('test/a.ts')).toBe(true);
    expect(globToRegExp('*.md').test('deep/down/README.md')).toBe(true);
    expect(globToRegExp('?.txt').test('a.txt')).toBe(true);
    expect(globToRegExp('img/').test('img/x/y.png')).toBe(true);
    expect(globToRegExp('a+b(c).md').test('a+b(c).md')).toBe(true);
    expect(topLevelDirectory('README.md')).toBeUndefined();
    expect(topLevelDirectory('doc/a.md')).toBe('doc');
  });
});

describe('parseTrailers', () => {
  const keys = new Set(['reviewed-by']);
  it('never reads the title paragraph as trailers', () => {
    expect(parseTrailers(['Signed-off-by: A <a@x.org>'], keys, 1)).toEqual([]);
  });
  it('reads a last paragraph of trailers only, with continuation lines', () => {
    expect(
      parseTrailers(['Title', '', 'Reviewed-by: A', '  Long <a@x.org>', 'Fixes: 123'], keys, 10),
    ).toEqual([
      { key: 'Reviewed-by', value: 'A Long <a@x.org>', name: 'A Long', email: 'a@x.org', line: 12 },
      { key: 'Fixes', value: '123', name: '123', line: 14 },
    ]);
  });
  it('reads a mixed paragraph only with a recognised key and at least a quarter of trailers', () => {
    const prose = ['Title', '', 'Some prose here', 'more prose', 'Reviewed-by: A <a@x.org>'];
    expect(parseTrailers(prose, keys, 1).map((t) => t.key)).toEqual(['Reviewed-by']);
    const unknown = ['Title', '', 'Some prose here', 'See: http://example.org'];
    expect(parseTrailers(unknown, keys, 1)).toEqual([]);
    const tooMuchProse = ['Title', '', 'a', 'b', 'c', 'd', 'Reviewed-by: A'];
    expect(parseTrailers(tooMuchProse, keys, 1)).toEqual([]);
  });
});

describe('gitLogArgs', () => {
  it('puts -C first, --since before the revision, and ends with -- so a file named HEAD is never read as a path', () => {
    const args = gitLogArgs({ repository: 'r', since: '2024-01-01', rev: 'main' });
    expect(args.slice(0, 2)).toEqual(['-C', 'r']);
    expect(args.slice(-3)).toEqual(['--since=2024-01-01', 'main', '--']);
    expect(args).toContain('log.mailmap=false');
  });
});
