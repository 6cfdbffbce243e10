import { describe, expect, it } from 'vitest';
import { githubTime, repoAndNumberOfUrl } from '../../../../src/io/github/internal/fields.js';

describe('githubTime', () => {
  it('reads the form GitHub writes, and offsets and fractions too', () => {
    expect(githubTime('2024-02-29T23:59:59Z')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(githubTime('2024-03-01T10:00:00+02:00')).toBe(Date.UTC(2024, 2, 1, 8));
    expect(githubTime('2024-03-01T10:00:00.250Z')).toBe(Date.UTC(2024, 2, 1, 10, 0, 0, 250));
  });

  it('gives the same value when read twice in a row and after another date', () => {
    const a = githubTime('2025-11-01T10:00:00Z');
    githubTime('2025-11-01T10:00:01Z');
    expect(githubTime('2025-11-01T10:00:00Z')).toBe(a);
    expect(githubTime('2025-11-01T10:00:00Z')).toBe(a);
  });

  it('refuses impossible calendar dates, other forms, numbers and dates outside GitHub lifetime', () => {
    expect(githubTime('2023-02-29T00:00:00Z')).toBe('not a date: "2023-02-29T00:00:00Z"');
    expect(githubTime('2024-13-01T00:00:00Z')).toBe('not a date: "2024-13-01T00:00:00Z"');
    expect(githubTime('2024-03-01')).toBe('not a GitHub date-time (ISO 8601): string "2024-03-01"');
    expect(githubTime(1_700_000_000_000)).toBe('not a GitHub date-time (ISO 8601): number 1700000000000');
    expect(githubTime('2007-09-30T23:59:59Z')).toMatch(/outside GitHub's lifetime/);
    expect(githubTime('2100-01-01T00:00:00Z')).toMatch(/outside GitHub's lifetime/);
  });
});

describe('repoAndNumberOfUrl', () => {
  it('reads API and web URLs of issues, pulls and discussions', () => {
    expect(repoAndNumberOfUrl('https://api.github.com/repos/o/r/issues/12')).toEqual({
      repo: 'o/r',
      number: 12,
    });
    expect(repoAndNumberOfUrl('https://api.github.com/repos/o/r/pulls/3')).toEqual({
      repo: 'o/r',
      number: 3,
    });
    expect(repoAndNumberOfUrl('https://github.com/o/r.js/pull/3#discussion_r1')).toEqual({
      repo: 'o/r.js',
      number: 3,
    });
    expect(repoAndNumberOfUrl('https://github.com/o/r/discussions/7')).toEqual({ repo: 'o/r', number: 7 });
    expect(repoAndNumberOfUrl('https://api.github.com/repos/o/r/issues/comments/5')).toBeUndefined();
  });
});
