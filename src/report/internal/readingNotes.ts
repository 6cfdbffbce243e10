/** Title of the closing part both renderers add after the sections. */
export const READING_NOTES_TITLE = 'How to read this';

/** Anchor of the closing part (sections never get it: their anchors are made unique against it). */
export const READING_NOTES_ID = 'how-to-read-this';

/** Definitions and sources, by the section they explain. */
const NOTES: Readonly<Record<string, readonly string[]>> = {
  summary: [
    '**Active member**: someone with at least one recorded activity (a post, reply, commit, review, attendance…) in the period; joining or leaving does not count as activity. Bot accounts are left out of every number.',
  ],
  health: [
    '**Active, new, returning and churned members**: members active in the period; active for the first time; active again after a gap; active in the previous period but not in this one. Definitions follow CHAOSS: [Contributors](https://chaoss.community/?p=3467), [New Contributors](https://chaoss.community/?p=3613).',
    '**Absence factor**: the smallest number of people who together account for half of the activity — a low number means the community depends on very few people ([CHAOSS Contributor Absence Factor](https://chaoss.community/?p=3944)). The **elephant factor** is the same count over organisations ([CHAOSS Elephant Factor](https://chaoss.community/?p=3940)).',
    '**Participation inequality** (Gini): 0 when everyone contributes equally, near 1 when a few do almost everything; around 0.8 is typical of online communities.',
    '**pp** (percentage points): the difference between two percentages, e.g. 40% to 45% is +5 pp.',
  ],
  roles: [
    '**Roles** are checked against the Community of Practice roles for the community’s stage, as described by the Center for Scientific Collaboration and Community Engagement ([CSCCE](https://www.cscce.org/)). **FTE** is full-time equivalent: 1 FTE is one person’s full working time.',
  ],
  skills: [
    '**Skills** are read against the CSCCE Community Engagement Skills Wheel; a skill counts as covered when someone holds it at the *working* level or above.',
  ],
  stakeholders: [
    '**Sub-networks** are groups of members who talk mostly to each other; **modularity** above 0.3 means the groups are clearly separate. **Brokers** sit on many of the shortest paths between other members; losing one can split the network.',
    '**Outside stakeholders** are placed on Mendelow’s power–interest grid (keep satisfied, manage closely, monitor, keep informed) and typed by salience (power, legitimacy, urgency) after Mitchell, Agle and Wood (1997).',
  ],
  matching: [
    '**Mentor pairs** are the pairing with the best total score within each mentor’s capacity; a score weighs shared interests, the mentor’s expertise, time-zone overlap and a shared language.',
  ],
};

/**
 * The closing "How to read this" part as Markdown: the definitions and
 * sources behind the sections the report holds, in report order, then where
 * the metric definitions come from.
 */
export function readingNotesMarkdown(sectionIds: readonly string[]): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const id of sectionIds) {
    const notes = Object.hasOwn(NOTES, id) ? NOTES[id] : undefined;
    if (notes === undefined || seen.has(id)) continue;
    seen.add(id);
    for (const n of notes) lines.push(`- ${n}`);
  }
  lines.push(
    ...(lines.length > 0 ? [''] : []),
    'Numbers count only what the data holds: where a kind of evidence is missing, the report says “not measured” rather than guessing. Health metrics follow the definitions of [CHAOSS](https://chaoss.community/), the Linux Foundation project on community health analytics, wherever one exists.',
  );
  return lines.join('\n');
}
