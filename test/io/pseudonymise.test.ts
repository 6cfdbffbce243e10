import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { pseudonymise } from '../../src/io/pseudonymise.js';
import { isCommunityKitError } from '../../src/model/errors.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'io-core', name), 'utf8'));
const { community } = assembleCommunity(
  ['git-extract.json', 'github-extract.json', 'gharchive-extract.json', 'zoom-extract.json'].map(fixture),
);
const KEY = 'correct horse battery staple';

describe('pseudonymise', () => {
  const p = pseudonymise(community, { key: KEY });
  const json = JSON.stringify(p);

  it('leaves no name, e-mail, username or source id of the input in the output', () => {
    for (const m of community.members)
      for (const i of m.identities)
        for (const v of [i.name, i.email, i.username, i.sourceId])
          if (v !== undefined && v.length >= 4) expect(json.toLowerCase(), v).not.toContain(v.toLowerCase());
    expect(json).not.toContain('Mentored three newcomers');
    expect(json).not.toContain('The build fails');
    expect(json).not.toContain('Wrote the first compiler');
    expect(json).not.toContain('github:');
  });

  it('keeps organisations, kinds, times, the shape of every reference', () => {
    expect(
      p.members
        .map((m) => m.affiliation)
        .filter(Boolean)
        .sort(),
    ).toEqual(['US Navy', 'acme.com', 'acme.com']);
    expect(p.activities.map((a) => [a.kind, a.at.toISOString()])).toEqual(
      community.activities.map((a) => [a.kind, a.at.toISOString()]),
    );
    const ids = new Set(p.members.map((m) => m.id));
    for (const a of p.activities) expect(ids.has(a.memberId)).toBe(true);
    const reply = p.activities.find((a) => a.replyTo !== undefined);
    expect(p.activities.some((a) => a.id === reply?.replyTo)).toBe(true);
    expect(p.skillAssessments[0]?.assessorId).toBe(p.gatherings[0]?.hosts[0]);
    expect(p.members.find((m) => m.kind === 'bot')?.botReason).toBe('the platform marks it as a bot');
  });

  it('is the same for the same key and different for another key', () => {
    expect(JSON.stringify(pseudonymise(community, { key: KEY }))).toBe(json);
    const other = pseudonymise(community, { key: 'another secret of enough length' });
    expect(other.members[0]?.id).not.toBe(p.members[0]?.id);
  });

  it('gives an e-mail the same pseudonym in every source, so separate exports still line up', () => {
    const emails = p.members.flatMap((m) => m.identities.map((i) => i.email)).filter((e) => e !== undefined);
    const ada = p.members.find((m) => m.identities.length === 3);
    const adaAcme = ada?.identities.filter((i) => i.email !== undefined).map((i) => i.email);
    // ADA@acme.com (Zoom) and ada@acme.com (git) are one address.
    expect(new Set(adaAcme).size).toBe(2);
    // Hashed domains, except the forms that must keep meaning: placeholders, GitHub noreply, free-mail domains.
    expect(
      emails.filter((e) => !/^[0-9a-f]{16}@[0-9a-f]{12}\.pseudonymised$/.test(e as string)).sort(),
    ).toEqual([
      expect.stringMatching(/^[0-9a-f]{16}@gmail\.com$/),
      expect.stringMatching(/^[0-9a-f]{16}@gmail\.com$/),
      expect.stringMatching(/^[0-9a-f]{16}@localhost$/),
      expect.stringMatching(/^u-[0-9a-f]{12}@users\.noreply\.github\.com$/),
      expect.stringMatching(/^u-[0-9a-f]{12}@users\.noreply\.github\.com$/),
    ]);
  });

  it('keeps text when asked', () => {
    const kept = pseudonymise(community, { key: KEY, keepText: true });
    expect(JSON.stringify(kept)).toContain('Mentored three newcomers');
  });

  it('refuses to run without a key, or with a short one, and says why', () => {
    for (const options of [{}, { key: 'short' }, { key: new Uint8Array(8) }]) {
      try {
        pseudonymise(community, options as never);
        expect.unreachable();
      } catch (error) {
        expect(isCommunityKitError(error)).toBe(true);
        expect((error as Error).message).toMatch(/at least 16 bytes.*dictionary attack/);
      }
    }
    expect(pseudonymise(community, { key: new Uint8Array(32).fill(7) }).members).toHaveLength(
      community.members.length,
    );
  });
});
