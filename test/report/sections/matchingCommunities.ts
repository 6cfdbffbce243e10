import { type Community, parseCommunity } from '../../../src/model/index.js';
import { createRng } from '../../../src/model/rng.js';
import { sampleCommunity } from '../../../src/sample/sampleCommunity.js';

/**
 * Communities on which the matching section's output is pinned (see
 * matchingSectionGolden.test.ts): the sample at two sizes — the second with
 * activity text (capitals, punctuation, stop words, other scripts), activities
 * with several topics and a few bots — and pools large enough for candidate
 * pruning, with activity on a dozen topics.
 */
export const MATCHING_COMMUNITIES: readonly { name: string; asOf: Date; build: () => Community }[] = [
  {
    name: 'sample, 300 members over 12 months',
    asOf: new Date('2026-01-01T00:00:00Z'),
    build: () => sampleCommunity({ seed: 1, members: 300, months: 12 }),
  },
  {
    name: 'sample, 2,500 members over 24 months, with text, extra topics and bots',
    asOf: new Date('2025-12-01T00:00:00Z'),
    build: () => withTextAndBots(sampleCommunity({ seed: 2, members: 2500, months: 24 })),
  },
  {
    name: 'pools of 1,100 mentees and 1,000 mentors (candidates pruned)',
    asOf: new Date('2026-01-01T00:00:00Z'),
    build: () => prunedPools(),
  },
];

const TEXTS = [
  'Fixed the Metadata-standards bug in Python packaging',
  'How do we run a workshop on FAIR principles? Asking for the Carpentries team.',
  'Données ouvertes: atelier sur les métadonnées',
  'ΟΔΟΣ testing — reproducibility of ΑΣ results',
  'The the the and of python python PYTHON',
  'Grant writing & open-access policy (draft 2)',
  '',
  'data curation, data repositories; data',
];

/** The sample with text on every third activity, a second topic on every seventh, and every 97th member a bot. */
function withTextAndBots(c: Community): Community {
  return {
    ...c,
    members: c.members.map((m, i) => (i % 97 === 5 ? { ...m, kind: 'bot' as const, botReason: 'test' } : m)),
    activities: c.activities.map((a, k) => {
      const out = { ...a };
      if (k % 3 === 0) out.text = TEXTS[k % TEXTS.length] as string;
      if (k % 7 === 0) out.topics = [...a.topics, k % 2 === 0 ? 'python' : 'open-data'];
      return out;
    }),
  };
}

const TOPICS = [
  'python',
  'metadata',
  'teaching',
  'open-data',
  'testing',
  'workshops',
  'funding',
  'events',
  'data-curation',
  'research-software',
  'onboarding',
  'diversity',
];
const EXPERTISE = [
  'python packaging',
  'metadata standards',
  'unit testing',
  'event planning',
  'grant writing',
];
const ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'America/Chicago',
  'Asia/Tokyo',
  'Africa/Nairobi',
  undefined,
];
const LANGUAGES = [['en'], ['en', 'fr'], ['de'], ['ja', 'en'], []];

/** 1,100 mentees × 1,000 mentors (over a million pairs: candidates are pruned), with topic activity. */
function prunedPools(): Community {
  const rng = createRng(19);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const members = Array.from({ length: 2100 }, (_, k) => {
    const mentee = k < 1100;
    const interests = [...new Set([pick(TOPICS), pick(TOPICS), pick(TOPICS)].slice(0, 1 + (k % 3)))];
    const zone = pick(ZONES);
    return {
      id: `p-${String(k).padStart(4, '0')}`,
      name: `Person ${k}`,
      interests,
      expertise: mentee ? [] : [...new Set([pick(EXPERTISE), pick(EXPERTISE)])],
      languages: pick(LANGUAGES),
      ...(zone ? { timeZone: zone } : {}),
      ...(k % 11 === 0 ? { affiliation: 'Same Org' } : {}),
      bio: `${pick(TOPICS)} and ${pick(TOPICS)}`,
      capacity: mentee ? {} : { maxMentees: 1 + (k % 2) },
      willing: mentee ? { beMentored: true } : { mentor: true },
    };
  });
  const activities = Array.from({ length: 6000 }, (_, k) => ({
    id: `a-${k}`,
    memberId: `p-${String(Math.floor(rng() * 2100)).padStart(4, '0')}`,
    at: new Date(Date.UTC(2025, 6, 1) + Math.floor(rng() * 180 * 86_400_000)).toISOString(),
    kind: 'post',
    topics: [pick(TOPICS)],
    ...(k % 4 === 0 ? { text: `${pick(TEXTS)} ${pick(TOPICS)}` } : {}),
  }));
  return parseCommunity({ name: 'pools', members, activities });
}

/**
 * 150 mentees and 150 mentors over 40 interests and 35 languages: more than
 * the 30 that matchMentors codes as bit masks, so it compares them as sets.
 */
export function manyLabelsPools(): Community {
  const rng = createRng(40);
  const draw = (prefix: string, n: number, most: number): string[] => [
    ...new Set(
      Array.from({ length: 1 + Math.floor(rng() * most) }, () => `${prefix}${Math.floor(rng() * n)}`),
    ),
  ];
  return parseCommunity({
    name: 'many labels',
    members: Array.from({ length: 300 }, (_, k) => ({
      id: `q-${String(k).padStart(3, '0')}`,
      interests: draw('interest-', 40, 3),
      expertise: rng() < 0.5 ? [`interest-${Math.floor(rng() * 40)} tools`] : [],
      languages: rng() < 0.2 ? [] : draw('l', 35, 2),
      ...(rng() < 0.7 ? { timeZone: pick(rng, ['Europe/Berlin', 'Asia/Tokyo', 'America/Chicago']) } : {}),
      capacity: { maxMentees: 1 + (k % 2) },
      willing: k % 2 === 0 ? { beMentored: true } : { mentor: true },
    })),
  });
}

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)] as T;
}
