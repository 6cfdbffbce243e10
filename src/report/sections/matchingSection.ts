import { findExperts } from '../../matching/findExperts.js';
import {
  buildExpertiseIndex,
  ExpertiseIndexOptionsSchema,
} from '../../matching/internal/expertiseIndexCore.js';
import { tokenize } from '../../matching/internal/text.js';
import { matchMentors } from '../../matching/matchMentors.js';
import type { Community } from '../../model/community.js';
import { dataCoverage, notMeasured } from '../../model/dataCoverage.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { parseWith } from '../../model/validate.js';
import { escapeMarkdown } from '../internal/markdownText.js';
import type { ReportSection } from '../reportSection.js';
import { type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

const DAY = 86_400_000;

/**
 * The report's matching section: suggested mentor pairs (optimal by total
 * score, within mentor capacity) with their reasons, and the experts for the
 * community's busiest topics of the last 90 days. On large pools the pairs
 * are optimal among candidate pairs only (see `matchMentors`' `candidates`);
 * the text says so and `data.mentorCandidatesPruned` is true.
 *
 * @param community - a parsed community
 * @param options - `asOf`
 * @returns the section
 *
 * @example
 * ```ts
 * matchingSection(sampleCommunity(), { asOf: new Date('2026-01-01Z') }).title; // → 'Who knows what: mentors and experts'
 * ```
 */
export function matchingSection(community: Community, options: SectionOptions): ReportSection {
  requireParsedCommunity('matchingSection', community);
  const opts = parseWith('matchingSection', SectionOptionsSchema, options, 'options');
  const asOf = opts.asOf;
  const coverage = opts.coverage ?? dataCoverage(community);
  const noWishes = coverage.signals.mentoringWishes.count === 0;
  const mentors = noWishes
    ? { pairs: [], unmatched: [], objective: 0, pruned: false }
    : matchMentors(community, { asOf });
  // Large pools: the optimum among candidate pairs (matchMentors' `candidates`), said as such.
  const optimum = mentors.pruned
    ? `optimal total score ${mentors.objective.toFixed(2)} among candidate pairs — for each mentee the best-scoring mentors who share an interest, expertise keyword or goal, and a few others nearest in time zone, not every mentor`
    : `optimal total score ${mentors.objective.toFixed(2)}`;
  const counts = new Map<string, number>();
  const from = asOf.getTime() - 90 * DAY;
  const to = asOf.getTime();
  for (const a of community.activities) {
    const t = a.at.getTime();
    if (t < from || t >= to) continue;
    for (const topic of a.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const busiest = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4);
  const queries = busiest.map(([topic]) => topic.replace(/-/g, ' '));
  // The expert search reads only the postings of the queries' terms: an index of those terms alone
  // (and of the activities that hold one) answers these queries exactly as one of every term and
  // activity (see buildExpertiseIndex), at a fraction of the cost on millions of activities. The
  // community was checked above: the index is built without checking it again. Text queries
  // require no skill, so the members' skill profiles are not computed (`skillLevels: {}`).
  const index = buildExpertiseIndex(
    community,
    ExpertiseIndexOptionsSchema.parse({ asOf, skillLevels: {} }),
    new Set(queries.flatMap((q) => tokenize(q))),
  );
  const name = new Map(community.members.map((m) => [m.id, m.name ?? m.id]));
  const who = (id: string): string => escapeMarkdown(`${name.get(id) ?? id} (${id})`);
  const mentorLines = [
    `**Mentor pairs** — ${mentors.pairs.length} of ${mentors.pairs.length + mentors.unmatched.length} members who asked for a mentor can be paired now (${optimum}; scores weigh shared interests, the mentor's expertise, time-zone overlap and a shared language):`,
    '',
    '| Mentee | Mentor | Score | Why |',
    '|---|---|---|---|',
    ...mentors.pairs
      .slice(0, 10)
      .map(
        (p) =>
          `| ${who(p.menteeId)} | ${who(p.mentorId)} | ${p.score.toFixed(2)} | ${escapeMarkdown(p.reasons.join('; '))} |`,
      ),
    ...(mentors.pairs.length > 10 ? [`| … ${mentors.pairs.length - 10} more | | | |`] : []),
    '',
    ...(mentors.unmatched.length > 0
      ? [
          `Not paired: ${mentors.unmatched.length} (${escapeMarkdown([...new Set(mentors.unmatched.map((u) => u.reason))].join('; '))}).`,
          '',
        ]
      : []),
  ];
  const lines = noWishes ? [notMeasured('mentor pairing', ['mentoringWishes']), ''] : mentorLines;
  if (coverage.signals.topics.count === 0)
    lines.push(notMeasured('who knows what about the busiest topics', ['topics']));
  else if (busiest.length === 0) lines.push('No activity with topics in the last 90 days.');
  else lines.push('**Who knows what** about the busiest topics of the last 90 days:', '');
  const experts: Record<string, { memberId: string; score: number; matched: string[] }[]> = {};
  for (const [topic, n] of busiest) {
    const found = findExperts(index, topic.replace(/-/g, ' '), { top: 3 });
    experts[topic] = found.map((e) => ({
      memberId: e.memberId,
      score: e.score,
      matched: Object.keys(e.reasons.matchedTerms),
    }));
    lines.push(
      `- *${escapeMarkdown(topic)}* (${n} activities): ${
        found
          .map(
            (e) =>
              `${who(e.memberId)} — ${escapeMarkdown(
                Object.entries(e.reasons.matchedTerms)
                  .map(([f, ts]) => `${f}: ${ts.join(', ')}`)
                  .join('; '),
              )}${e.reasons.recentActivity > 0 ? `; ${e.reasons.recentActivity} recent activities` : ''}`,
          )
          .join(' · ') || 'nobody found'
      }`,
    );
  }
  return {
    id: 'matching',
    title: 'Who knows what: mentors and experts',
    markdown: lines.join('\n').trimEnd(),
    figures: [],
    data: {
      mentorPairs: mentors.pairs,
      unmatched: mentors.unmatched,
      objective: mentors.objective,
      mentorCandidatesPruned: mentors.pruned,
      experts,
    },
  };
}
