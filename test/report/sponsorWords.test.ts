import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { communityReport } from '../../src/report/communityReport.js';
import { readingNotesMarkdown } from '../../src/report/internal/readingNotes.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

/** What a sponsor should never read: function and option names, file paths, code. */
const CODE_ISH: readonly [string, RegExp][] = [
  ['a camelCase identifier', /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ['a repository path', /\b(docs|src|test|bench|scripts)\/|\.(md|ts|js|json)\b/],
  ['a code span', /`/],
  ['a call', /\b\w+\(\)/],
  ['an option', /\b(options|opts)\.\w/],
  ['a library name', /\bcommunity-kit\b/],
];

const communities = {
  sample: sampleCommunity({ seed: 3, members: 60, months: 14, asOf: new Date('2026-01-01T00:00:00Z') }),
  empty: parseCommunity({ name: 'Empty' }),
  tiny: parseCommunity({
    name: 'Tiny',
    members: [{ id: 'a' }, { id: 'b' }],
    activities: [
      { id: '1', memberId: 'a', at: '2025-11-01', kind: 'post', thread: 't' },
      { id: '2', memberId: 'b', at: '2025-11-02', kind: 'reply', thread: 't', replyTo: '1' },
    ],
  }),
};

describe('the report speaks to sponsors, not developers', () => {
  for (const [name, community] of Object.entries(communities))
    it(`no section of the ${name} report reads like code`, () => {
      const report = communityReport(community, { asOf: '2026-01-01' });
      for (const s of report.sections) {
        // The community's own description is the data's words, not ours.
        const markdown = s.markdown.replace(community.description ?? '\u0000', '');
        const text = [s.title, markdown, ...s.figures.flatMap((f) => [f.title, f.reading ?? ''])].join('\n');
        for (const [what, pattern] of CODE_ISH)
          expect(text.match(pattern)?.[0], `${s.id}: ${what}`).toBeUndefined();
      }
    });

  it('"How to read this" reads like prose too, and links the CHAOSS definitions', () => {
    const notes = readingNotesMarkdown([
      'summary',
      'basis',
      'health',
      'roles',
      'skills',
      'stakeholders',
      'matching',
    ]);
    const prose = notes.replace(/\]\([^)]*\)/g, ']');
    for (const [what, pattern] of CODE_ISH) expect(prose.match(pattern)?.[0], what).toBeUndefined();
    expect(notes).toContain('[CHAOSS Contributor Absence Factor](https://chaoss.community/?p=3944)');
    // Only the notes of the sections present.
    expect(readingNotesMarkdown(['summary'])).not.toContain('Mendelow');
  });
});
