import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../../src/io/core/assembleCommunity.js';
import { ImportReportSchema, importReportSummary } from '../../../src/io/core/importReport.js';
import type { Community } from '../../../src/model/community.js';
import { isCommunityKitError, type ValidationError } from '../../../src/model/errors.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'io-core', name), 'utf8'));
const all = () =>
  ['git-extract.json', 'github-extract.json', 'gharchive-extract.json', 'zoom-extract.json'].map(fixture);
const byName = (community: Community, name: string) => community.members.find((m) => m.name === name);

describe('assembleCommunity', () => {
  const { community, report } = assembleCommunity(all(), { name: 'Example' });

  it('makes one member per person across git, GitHub and Zoom', () => {
    expect(community.members.map((m) => m.name).sort()).toEqual([
      'Ada Lovelace',
      'Bob Builder',
      'Carol',
      'Grace Hopper',
      'Linus',
      'Neil Botelho',
      'Octo Cat',
      'dependabot[bot]',
    ]);
    expect(report.totals).toEqual({
      identities: 13,
      members: 8,
      bots: 1,
      activities: 10,
      gatherings: 1,
      roleAssignments: 1,
      skillAssessments: 1,
    });
    expect(report.mergesByRule).toEqual({
      alias: 0,
      mailmap: 1,
      'same-email': 2,
      'github-noreply': 2,
      'same-username': 0,
    });
  });

  it('gives the mailmap name and lists every identity of the member', () => {
    const ada = byName(community, 'Ada Lovelace');
    expect(ada?.identities.map((i) => `${i.source} ${i.email}`)).toEqual([
      'csv:zoom ADA@acme.com',
      'git ada@acme.com',
      'git ada@gmail.com',
    ]);
    expect(ada?.id).toMatch(/^ada-lovelace-[0-9a-f]{8}$/);
  });

  it('rewrites every reference to member ids', () => {
    const ada = byName(community, 'Ada Lovelace')?.id;
    const grace = byName(community, 'Grace Hopper')?.id;
    expect(community.activities.filter((a) => a.memberId === ada).map((a) => a.id)).toEqual([
      'git:c1',
      'git:c2',
    ]);
    expect(community.gatherings[0]?.hosts).toEqual([ada]);
    expect(community.gatherings[0]?.attended).toHaveLength(3);
    expect(community.roleAssignments[0]?.memberId).toBe(ada);
    expect(community.skillAssessments[0]).toMatchObject({ memberId: grace, assessorId: ada });
  });

  it('keeps an activity two extracts hold once, and reports it', () => {
    expect(community.activities.filter((a) => a.id === 'github:issue-1')).toHaveLength(1);
    expect(report.skipped).toContainEqual({
      source: 'assembleCommunity',
      reason: 'same activity id in several extracts (kept once)',
      count: 1,
      examples: ['github:issue-1'],
    });
    expect(report.skipped).toContainEqual({
      source: 'git',
      reason: 'merge commit',
      count: 2,
      examples: ['m1', 'm2'],
    });
  });

  it('drops a reply target no extract holds, with a warning', () => {
    expect(community.activities.find((a) => a.id === 'github:comment-6')?.replyTo).toBeUndefined();
    expect(community.activities.find((a) => a.id === 'github:comment-5')?.replyTo).toBe('github:issue-1');
    expect(report.warnings.some((w) => w.includes('github:comment-6 → github:issue-0'))).toBe(true);
  });

  it('marks the platform-flagged app as a bot with the strongest layer, and Neil Botelho as a person', () => {
    const bot = byName(community, 'dependabot[bot]');
    expect(bot?.kind).toBe('bot');
    expect(bot?.botReason).toBe('the platform marks github:49699333 as a bot (GitHub user type "Bot")');
    expect(byName(community, 'Neil Botelho')?.kind).toBe('person');
    expect(report.botSuggestions).toEqual([]);
  });

  it('affiliates by a domain several people share, by profile, and never by free-mail or a personal domain', () => {
    expect(byName(community, 'Ada Lovelace')?.affiliation).toBe('acme.com');
    expect(byName(community, 'Bob Builder')?.affiliation).toBe('acme.com');
    expect(byName(community, 'Grace Hopper')?.affiliation).toBe('US Navy');
    expect(byName(community, 'Linus')?.affiliation).toBeUndefined();
    expect(byName(community, 'Neil Botelho')?.affiliation).toBeUndefined();
    expect(report.unaffiliated.count).toBe(4);
    expect(report.affiliationGuesses.map((g) => g.domain)).toEqual(['botelho.net']);
  });

  it('merges profiles: earliest joinedAt, the stated time zone and bio', () => {
    const ada = byName(community, 'Ada Lovelace');
    expect(ada?.joinedAt?.toISOString()).toBe('2023-06-01T00:00:00.000Z');
    expect(ada?.timeZone).toBe('Europe/London');
    expect(ada?.interests).toEqual(['engines']);
    expect(byName(community, 'Carol')?.joinedAt).toBeUndefined();
  });

  it('reports placeholders and a summary line', () => {
    expect(report.ignoredEmails.map((x) => x.email)).toEqual(['root@localhost']);
    expect(importReportSummary(report)).toBe(
      'read 4 extracts: 10 activities, 13 identities → 8 members (5 merges: 2 github-noreply, 2 same e-mail, 1 mailmap); 1 bot; 4 unaffiliated; 3 skipped (merge commit ×2, same activity id in several extracts (kept once) ×1); 1 warning',
    );
    expect(ImportReportSchema.parse(report)).toEqual(report);
  });

  it('gives the same output byte for byte whatever the order of the extracts', () => {
    const reversed = assembleCommunity(all().reverse(), { name: 'Example' });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify({ community, report }));
  });

  it('uses the user domain map (with a marked parent) and dated enrollments at asOf', () => {
    const r = assembleCommunity(all(), {
      affiliations: [
        { domain: 'acme.com', organisation: 'Acme Inc.' },
        { domain: '*.botelho.net', organisation: 'Botelho Consulting' },
      ],
      enrollments: [
        { email: 'bob@acme.com', organisation: 'Acme Inc.', until: '2024-02-01' },
        { email: 'bob@acme.com', organisation: 'Beta Labs' },
      ],
    });
    expect(byName(r.community, 'Ada Lovelace')?.affiliation).toBe('Acme Inc.');
    expect(byName(r.community, 'Neil Botelho')?.affiliation).toBe('Botelho Consulting');
    const bob = byName(r.community, 'Bob Builder');
    expect(bob?.affiliation).toBe('Beta Labs');
    expect(bob?.metadata?.affiliations).toEqual([
      { organisation: 'Acme Inc.', until: '2024-02-01T00:00:00.000Z', rule: 'enrollment bob@acme.com' },
      { organisation: 'Beta Labs', rule: 'enrollment bob@acme.com' },
    ]);
    const early = assembleCommunity(all(), {
      enrollments: [
        { email: 'bob@acme.com', organisation: 'Acme Inc.', until: '2024-02-01' },
        { email: 'bob@acme.com', organisation: 'Beta Labs' },
      ],
      asOf: '2024-01-15',
    });
    expect(byName(early.community, 'Bob Builder')?.affiliation).toBe('Acme Inc.');
  });

  it('applies keepApart, notBots and extra bots from the options', () => {
    const r = assembleCommunity(all(), {
      keepApart: [[{ id: 'git:ada@gmail.com' }, { id: 'git:ada@acme.com' }]],
      bots: {
        extra: [{ email: 'root@localhost' }],
        notBots: [{ source: 'github', username: 'dependabot[bot]' }],
      },
    });
    expect(r.report.keptApart).toHaveLength(1);
    // The mailmap (stronger) joins the Zoom ada@acme.com to ada@gmail.com first; the same-e-mail join
    // to git's ada@acme.com would then put the kept-apart pair together: refused, and reported.
    expect(r.report.keptApart[0]).toMatchObject({
      identities: ['csv:ada@acme.com', 'git:ada@acme.com'],
      rule: 'same-email',
    });
    expect(r.community.members).toHaveLength(9);
    expect(byName(r.community, 'dependabot[bot]')?.kind).toBe('person');
    expect(byName(r.community, 'Carol')?.botReason).toBe('listed as a bot by the user (git:root@localhost)');
  });

  it('names the extract and field of an invalid extract', () => {
    const bad = fixture('zoom-extract.json') as { activities?: unknown[] };
    bad.activities = [{ id: 'x', memberId: 'csv:nobody', at: '2024-01-01', kind: 'post' }];
    try {
      assembleCommunity([fixture('git-extract.json'), bad]);
      expect.unreachable();
    } catch (error) {
      expect(isCommunityKitError(error)).toBe(true);
      expect((error as ValidationError).issues[0]).toEqual({
        path: 'extracts[1] (csv:zoom: attendance.csv, roster.csv).activities[0].memberId',
        message: 'no identity "csv:nobody" in this extract\'s identities',
        code: 'unknown-reference',
      });
    }
  });

  it('refuses epoch seconds in an extract and unknown options', () => {
    const bad = fixture('git-extract.json') as { activities: { at: unknown }[] };
    (bad.activities[0] as { at: unknown }).at = 1_700_000_000;
    expect(() => assembleCommunity([bad])).toThrow(/epoch seconds/);
    expect(() => assembleCommunity([], { mergeOnNames: true } as never)).toThrow(/assembleCommunity/);
    expect(() => assembleCommunity([{ format: 'community-kit/community' }])).toThrow(/extracts\[0\]/);
  });

  it('assembles a single extract and an empty list', () => {
    expect(assembleCommunity([fixture('gharchive-extract.json')]).community.members).toHaveLength(1);
    const empty = assembleCommunity([]);
    expect(empty.community.members).toEqual([]);
    expect(empty.report.totals.members).toBe(0);
  });
});
