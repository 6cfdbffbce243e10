import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GhArchiveExtractOptions, ghArchiveExtract } from '../../../src/io/github/ghArchiveExtract.js';

const dir = join(__dirname, '..', '..', 'fixtures', 'github');
/**
 * 275 generated lines mixing every event type, action and quirk the mapping handles: duplicates,
 * renamed and bot accounts, deleted users, trimmed payloads (numbers only in URLs), pushes keyed by
 * event id, ids that are not plain integers, repository names too long for an id, sub-second and
 * out-of-range dates, invalid lines, a draft pull request, questions, a Q&A discussion, issue
 * numbers past 2^24 and one repository id under several names.
 */
const quirks = readFileSync(join(dir, 'gharchive-quirks.jsonl'));
const LONG_REPO = `big-org/${'r'.repeat(205)}`;

/** The extract as the golden files hold it. */
const written = (x: unknown): string => `${JSON.stringify(x, null, 1)}\n`;

/** Its golden extract, written by ghArchiveExtract as it was before drafts were held in columns (commit 7ef52ef). */
const golden = (name: string): string => readFileSync(join(dir, name), 'utf8');

describe('ghArchiveExtract gives the extract it gave before its columnar rewrite, byte for byte', () => {
  it('with the default options', async () => {
    const x = await ghArchiveExtract([{ name: 'quirks.jsonl', input: quirks }]);
    expect(written(x)).toBe(golden('gharchive-quirks.extract.json'));
  });

  it('with text, without pushes, drafts dated when created, some repositories and other question labels', async () => {
    const options: GhArchiveExtractOptions = {
      text: true,
      pushes: false,
      draftStart: 'created',
      repositories: ['o/r', 'O/S', 'd/d', LONG_REPO],
      questionLabels: ['help wanted'],
    };
    const x = await ghArchiveExtract([{ name: 'quirks.jsonl', input: quirks }], options);
    expect(written(x)).toBe(golden('gharchive-quirks.options.extract.json'));
  });

  it('the golden extract holds what the rewrite had to keep (a check that the fixture exercises it)', () => {
    const x = JSON.parse(golden('gharchive-quirks.extract.json')) as {
      activities: { id: string; kind: string; thread?: string; replyTo?: string; topics: string[] }[];
      warnings: string[];
    };
    const ids = x.activities.map((a) => a.id);
    // Ids that are a prefix and a number, event ids that are not plain integers, fitted long thread ids.
    expect(ids).toContain('github:push:055');
    expect(ids).toContain('github:push:abc');
    expect(ids.some((id) => id.length === 256 && id.includes('~'))).toBe(true);
    expect(ids.some((id) => id.startsWith(`github:${LONG_REPO}#`))).toBe(true);
    expect(x.activities.some((a) => a.replyTo?.startsWith('github:reviewcomment:') === true)).toBe(true);
    expect(x.activities.some((a) => a.topics.length > 0)).toBe(true);
    // The asker's own accepted answer is a reply; another member's is an answer.
    expect(x.activities.find((a) => a.id === 'github:discussioncomment:4201')?.kind).toBe('reply');
    expect(x.activities.find((a) => a.id === 'github:discussioncomment:4202')?.kind).toBe('answer');
    expect(x.warnings.some((w) => w.includes('opened as draft'))).toBe(true);
  });

  it('topic lists are shared and frozen: an activity’s topics cannot be changed through another', async () => {
    const x = await ghArchiveExtract([{ name: 'quirks.jsonl', input: quirks }]);
    const none = x.activities.filter((a) => a.topics.length === 0);
    expect(none.length).toBeGreaterThan(1);
    expect(Object.isFrozen(none[0]?.topics)).toBe(true);
    expect(() => none[0]?.topics.push('x')).toThrow(TypeError);
  });
});

describe('ghArchiveExtract: splitting the lines into files does not change what is read (property)', () => {
  const lines = quirks.toString('utf8').trimEnd().split('\n');
  /** The activities without their provenance (which names the file and line), identities, counts and skips; `extra` first lines not counted. */
  const shape = (x: Awaited<ReturnType<typeof ghArchiveExtract>>, extra = 0) =>
    JSON.stringify([
      x.activities.map(({ provenance: _, ...a }) => a),
      x.identities,
      {
        ...x.read,
        events: (x.read.events ?? 0) - extra,
        'other:WatchEvent': (x.read['other:WatchEvent'] ?? 0) - extra,
      },
      x.skipped.map((s) => [s.reason, s.count]),
    ]);

  it('the same activities, identities, counts and skips whatever the cuts between files', async () => {
    const whole = shape(await ghArchiveExtract([{ name: 'all.jsonl', input: lines.join('\n') }]));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: lines.length - 1 }), { maxLength: 6 }),
        async (cuts) => {
          const at = [1, ...[...cuts].sort((a, b) => a - b), lines.length];
          // Every file must start with an event to be recognised: each starts with the first line of the whole (a WatchEvent).
          const files = at.slice(1).map((end, k) => ({
            name: `part-${k}.jsonl`,
            input: [lines[0], ...lines.slice(at[k] as number, end)].join('\n'),
          }));
          expect(shape(await ghArchiveExtract(files), files.length - 1)).toBe(whole);
        },
      ),
      { numRuns: 30 },
    );
  });
});
