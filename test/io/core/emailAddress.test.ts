import { describe, expect, it } from 'vitest';
import {
  emailDomain,
  emailPlaceholderReason,
  githubNoreply,
  normaliseEmail,
} from '../../../src/io/core/emailAddress.js';

describe('emailAddress', () => {
  it('normaliseEmail trims and lower-cases only', () => {
    expect(normaliseEmail(' A.B+tag@X.org ')).toBe('a.b+tag@x.org');
  });

  it('emailPlaceholderReason names the placeholders and passes real addresses', () => {
    for (const e of [
      'none@none',
      'root@localhost',
      'noreply@github.com',
      'nobody@example.org',
      '(none)',
      'ada',
      'ada@host.(none)',
      'x@localhost.localdomain',
      '@x.org',
      'no-reply@accounts.google.com',
    ])
      expect(emailPlaceholderReason(e), e).toBeDefined();
    for (const e of ['ada@x.org', '5+ada@users.noreply.github.com', 'rooted@x.org'])
      expect(emailPlaceholderReason(e), e).toBeUndefined();
  });

  it('emailDomain returns the lower-case part after the last @', () => {
    expect(emailDomain('"a@b"@Example.ORG')).toBe('example.org');
    expect(emailDomain('ada@')).toBeUndefined();
  });

  it('githubNoreply reads both noreply forms and nothing else', () => {
    expect(githubNoreply('49699333+dependabot[bot]@users.noreply.github.com')).toEqual({
      login: 'dependabot[bot]',
      id: '49699333',
    });
    expect(githubNoreply('ada@users.noreply.github.com')).toEqual({ login: 'ada' });
    expect(githubNoreply('ada@noreply.github.com')).toBeUndefined();
  });
});
