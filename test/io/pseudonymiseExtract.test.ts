import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { pseudonymise } from '../../src/io/pseudonymise.js';
import { pseudonymiseExtract } from '../../src/io/pseudonymiseExtract.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'io-core', name), 'utf8'));
const NAMES = ['git-extract.json', 'github-extract.json', 'gharchive-extract.json', 'zoom-extract.json'];
const KEY = 'correct horse battery staple';
const shape = (c: ReturnType<typeof assembleCommunity>) => ({
  members: c.community.members.map((m) => [m.kind, m.identities.length, m.affiliation !== undefined]).sort(),
  activities: c.community.activities.length,
  merges: c.report.mergesByRule,
});

describe('pseudonymiseExtract', () => {
  const plain = assembleCommunity(NAMES.map(fixture));
  const separately = NAMES.map((n) => pseudonymiseExtract(fixture(n), { key: KEY }));
  const combined = assembleCommunity(separately);

  it('extracts pseudonymised one by one still combine into the same people: e-mails, mailmap, GitHub noreply, bots', () => {
    expect(shape(combined)).toEqual(shape(plain));
    expect(combined.report.totals).toEqual(plain.report.totals);
    expect(combined.report.ignoredEmails).toHaveLength(1);
  });

  it('gives every person the same pseudonymous identities as pseudonymising the assembled community', () => {
    const emails = (c: { members: { identities: { email?: string }[] }[] }) =>
      c.members
        .flatMap((m) => m.identities.map((i) => i.email))
        .filter((e) => e !== undefined)
        .sort();
    expect(emails(combined.community)).toEqual(emails(pseudonymise(plain.community, { key: KEY })));
  });

  it('leaves no name, e-mail, username or text of the input in the extracts', () => {
    const json = JSON.stringify(separately);
    for (const n of NAMES)
      for (const i of (fixture(n) as { identities: Record<string, string>[] }).identities)
        for (const v of [i.name, i.email, i.username])
          if (v !== undefined && v.length >= 4) expect(json.toLowerCase(), v).not.toContain(v.toLowerCase());
    expect(json).not.toContain('Mentored three newcomers');
    expect(json).not.toContain('Wrote the first compiler');
    expect(
      JSON.stringify(pseudonymiseExtract(fixture('zoom-extract.json'), { key: KEY, keepText: true })),
    ).toContain('Mentored three newcomers');
  });

  it('refuses a short key and an invalid extract', () => {
    expect(() => pseudonymiseExtract(fixture('git-extract.json'), { key: 'short' })).toThrow(
      /dictionary attack/,
    );
    expect(() => pseudonymiseExtract({ format: 'nope' }, { key: KEY })).toThrow(/pseudonymiseExtract/);
  });
});
