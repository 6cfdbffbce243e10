import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../../src/io/core/assembleCommunity.js';
import { normaliseEmail } from '../../../src/io/core/emailAddress.js';
import { applyMailmap, mailmapIndex, parseMailmap } from '../../../src/io/core/mailmap.js';
import { resolveIdentities } from '../../../src/io/core/resolveIdentities.js';
import type { SourceIdentity } from '../../../src/io/core/sourceExtract.js';
import { suggestMerges } from '../../../src/io/core/suggestMerges.js';
import { gitExtract } from '../../../src/io/git/gitExtract.js';

const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'sources', 'git');
const log = join(dir, 'shell-novice.fuller.log');

/** Every `Name <email>` of an Author, Commit or Co-authored-by line (a test-local regex; the git adapter is elsewhere). */
function identitiesOf(text: string): SourceIdentity[] {
  const seen = new Map<string, SourceIdentity>();
  const re = /^(?:Author:|Commit:|\s+Co-authored-by:)\s*(.*?)\s*<([^>]*)>\s*$/gim;
  for (const m of text.matchAll(re)) {
    const name = m[1] as string;
    const email = m[2] as string;
    const id = `git:${name} <${email}>`.slice(0, 256);
    if (!seen.has(id)) seen.set(id, { id, source: 'git', name, email });
  }
  return [...seen.values()];
}

describe('identity resolution on a real history (shell-novice, its .mailmap as ground truth)', () => {
  it.skipIf(!existsSync(log))(
    'without the mailmap makes no false merge and recovers part of the mailmap’s merges (needs ../shared)',
    () => {
      const identities = identitiesOf(readFileSync(log, 'utf8'));
      const index = mailmapIndex(parseMailmap(readFileSync(join(dir, 'shell-novice.mailmap'), 'utf8')));
      // Ground truth: identities are one person when the mailmap maps them to the same e-mail.
      const truth = new Map<string, string>();
      for (const x of identities)
        truth.set(
          x.id,
          normaliseEmail(applyMailmap(index, { name: x.name ?? '', email: x.email ?? '' }).email),
        );
      const resolved = resolveIdentities(identities);
      const ours = new Map<string, number>();
      resolved.persons.forEach((p, k) => {
        for (const id of p.identityIds) ours.set(id, k);
      });
      // False merges: one of our persons spans two mailmap persons.
      const falseMerges = resolved.persons.filter(
        (p) => new Set(p.identityIds.map((id) => truth.get(id))).size > 1,
      );
      // Recall, as merges: within each mailmap person of n identities, n − 1 merges; we recover n − (our pieces).
      const byTruth = new Map<string, string[]>();
      for (const x of identities)
        byTruth.set(truth.get(x.id) as string, [...(byTruth.get(truth.get(x.id) as string) ?? []), x.id]);
      let wanted = 0;
      let recovered = 0;
      let wantedAcross = 0;
      let recoveredAcross = 0;
      for (const ids of byTruth.values()) {
        wanted += ids.length - 1;
        recovered += ids.length - new Set(ids.map((id) => ours.get(id))).size;
        // The hard part: identities whose raw e-mails differ (same-e-mail joins are trivial).
        const emails = new Set(
          ids.map((id) => normaliseEmail(identities.find((x) => x.id === id)?.email ?? '')),
        );
        wantedAcross += emails.size - 1;
        const piecesByEmail = new Set(
          [...emails].map((e) =>
            ours.get(
              ids.find(
                (id) => normaliseEmail(identities.find((x) => x.id === id)?.email ?? '') === e,
              ) as string,
            ),
          ),
        );
        recoveredAcross += emails.size - piecesByEmail.size;
      }
      const suggestions = suggestMerges(identities, { persons: resolved.persons.map((p) => p.identityIds) });
      const goodSuggestions = suggestions.filter(
        (s) => truth.get(s.identities[0]) === truth.get(s.identities[1]),
      );
      const figures = {
        identities: identities.length,
        mailmapPersons: byTruth.size,
        ourPersons: resolved.persons.length,
        falseMerges: falseMerges.length,
        mailmapMerges: wanted,
        recovered,
        recall: Math.round((recovered / wanted) * 1000) / 1000,
        mergesAcrossEmails: wantedAcross,
        recoveredAcrossEmails: recoveredAcross,
        suggestions: suggestions.length,
        correctSuggestions: goodSuggestions.length,
        mergesByRule: resolved.merges.reduce<Record<string, number>>((acc, m) => {
          acc[m.rule] = (acc[m.rule] ?? 0) + 1;
          return acc;
        }, {}),
      };
      console.log(JSON.stringify(figures));
      expect(falseMerges.map((p) => p.identityIds)).toEqual([]);
      expect(identities.length).toBeGreaterThan(300);
      expect(figures.recall).toBeGreaterThanOrEqual(0.5);
    },
  );

  it.skipIf(!existsSync(log))(
    'assembled with the repository’s mailmap (carried in the git extract), each member’s authored commits equal git shortlog’s per mapped e-mail (needs ../shared)',
    async () => {
      const mailmapText = readFileSync(join(dir, 'shell-novice.mailmap'), 'utf8');
      const index = mailmapIndex(parseMailmap(mailmapText));
      const extract = await gitExtract(createReadStream(log), { merges: true, mailmap: mailmapText });
      const { community, report } = assembleCommunity([extract]);
      const memberEmails = new Map<string, Set<string>>();
      for (const m of community.members)
        memberEmails.set(
          m.id,
          new Set(
            m.identities.map((i) =>
              normaliseEmail(applyMailmap(index, { name: i.name ?? '', email: i.email ?? '' }).email),
            ),
          ),
        );
      // Every member is exactly one mapped e-mail: no more merged (no false merge), no less (the mailmap fully applied).
      expect([...memberEmails.values()].filter((e) => e.size !== 1)).toEqual([]);
      const ours = new Map<string, number>();
      for (const a of community.activities)
        if (a.kind === 'commit' && a.provenance?.role === undefined) {
          const email = [...(memberEmails.get(a.memberId) as Set<string>)][0] as string;
          ours.set(email, (ours.get(email) ?? 0) + 1);
        }
      const expected = new Map<string, number>();
      for (const line of readFileSync(join(dir, 'shell-novice.shortlog-mailmap.txt'), 'utf8').split('\n')) {
        const m = /^\s*(\d+)\t.*<([^>]*)>$/.exec(line);
        if (m)
          expected.set(
            (m[2] as string).toLowerCase(),
            (expected.get((m[2] as string).toLowerCase()) ?? 0) + Number(m[1]),
          );
      }
      expect(ours).toEqual(expected);
      expect(report.mergesByRule.mailmap).toBeGreaterThan(0);
    },
  );
});
