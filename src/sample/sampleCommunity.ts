import { z } from 'zod';
import type { Activity } from '../model/activity.js';
import type { ActivityKind } from '../model/activityKinds.js';
import type { Community } from '../model/community.js';
import { DateInputSchema } from '../model/dateInput.js';
import type { Gathering, GatheringKind } from '../model/gathering.js';
import type { Member } from '../model/member.js';
import { createRng, type Rng, randomNormal } from '../model/rng.js';
import type { RoleAssignment } from '../model/roleAssignment.js';
import type { SkillAssessment } from '../model/skillAssessment.js';
import { parseWith } from '../model/validate.js';
import {
  SAMPLE_CLUSTERS,
  SAMPLE_FIRST_NAMES,
  SAMPLE_LAST_NAMES,
  SAMPLE_ORGANISATIONS,
  SAMPLE_STAKEHOLDERS,
} from './internal/sampleData.js';
import {
  SAMPLE_CORE_EXTRA_SKILLS,
  SAMPLE_SINGLE_HOLDER_SKILLS,
  SAMPLE_SKILL_ASSESSMENT_PLAN,
  SAMPLE_WEAK_SKILLS,
} from './internal/sampleSkills.js';

/**
 * Options of {@link sampleCommunity}.
 *
 * @example
 * ```ts
 * SampleCommunityOptionsSchema.parse({}); // → { seed: 1, members: 400, months: 24, asOf: Date 2026-01-01 }
 * ```
 */
export const SampleCommunityOptionsSchema = z.strictObject({
  /** Seed of the generator: the same seed gives the same community. */
  seed: z.union([z.number().int(), z.string()]).default(1),
  /** Number of members (at least 10). */
  members: z.number().int().min(10).max(1_000_000).default(400),
  /** Months of history before `asOf` (1–120). */
  months: z.number().int().min(1).max(120).default(24),
  /** The end of the history (exclusive): nothing happens at or after it. */
  asOf: DateInputSchema.default(new Date('2026-01-01T00:00:00Z')),
});

/** Options of {@link sampleCommunity} (as accepted on input). */
export type SampleCommunityOptions = z.input<typeof SampleCommunityOptionsSchema>;

/** The role ids the sample community assigns; two recommended roles are left vacant on purpose. */
export const SAMPLE_ROLE_IDS = {
  manager: 'community-manager',
  leader: 'community-leader',
  sponsor: 'community-sponsor',
  technicalExpert: 'technical-expert',
  communicationsAdvisor: 'communications-advisor',
} as const;

const DAY = 86_400_000;
const HOUR = 3_600_000;

function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * randomNormal(rng)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

function pickWeighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let total = 0;
  for (const w of weights) total += w;
  let r = rng() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** Weighted sampler over a pool of member indices (cumulative weights + binary search). */
class Pool {
  readonly idx: number[] = [];
  private cum: Float64Array = new Float64Array(0);
  private weights: number[] = [];
  add(i: number, w: number): void {
    if (w > 0) {
      this.idx.push(i);
      this.weights.push(w);
    }
  }
  seal(): void {
    this.cum = new Float64Array(this.weights.length);
    let s = 0;
    for (let i = 0; i < this.weights.length; i++) {
      s += this.weights[i] as number;
      this.cum[i] = s;
    }
  }
  get size(): number {
    return this.idx.length;
  }
  draw(rng: Rng, exclude = -1): number {
    const n = this.idx.length;
    if (n === 0) return -1;
    for (let attempt = 0; attempt < 4; attempt++) {
      const r = rng() * (this.cum[n - 1] as number);
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.cum[mid] as number) > r) hi = mid;
        else lo = mid + 1;
      }
      const found = this.idx[lo] as number;
      if (found !== exclude) return found;
    }
    return -1;
  }
}

interface MemberPlan {
  cluster: number;
  second: number;
  lambda: number;
  tau: number;
  join: number;
  leave: number;
}

/**
 * Builds a realistic community deterministically from a seed, so that every
 * module, the demo, the docs and the tests have something real-shaped to work
 * on without downloading anything.
 *
 * What it contains, by default (400 members, 24 months before `asOf`):
 * - members in five topic clusters (data, software, training, policy,
 *   outreach) and several stakeholder groups, from thirteen organisations of
 *   Zipf-like sizes (one dominant), with interests, expertise, time zones,
 *   languages, capacity and willingness flags;
 * - heavy-tailed participation: monthly activity rates are log-normal, so most
 *   members do little and a few do most of the work; about one in six lurk;
 * - cohorts whose activity decays at different rates (founders slowly, later
 *   joiners quickly), and members who leave;
 * - threads with replies from the asker's cluster and log-normal response
 *   delays; some questions are never answered (most often in `data`);
 * - monthly community calls, quarterly workshops, meetups and a yearly
 *   conference, with registrations, no-shows and repeat attenders;
 * - mentoring sessions between willing mentors and mentees;
 * - a silo: the `policy` and `software` clusters share the topic
 *   `reproducibility` but never meet in a thread; a few brokers belong to two
 *   clusters;
 * - role assignments with two recommended roles vacant (knowledge management
 *   advisor, admin support) and one person overloaded (manager + leader, 1.4
 *   FTE), and one ended assignment;
 * - skill assessments (self, peer and manager) in the CSCCE Skills Wheel and
 *   the Community Roundtable framework for the core and active members;
 * - six outside stakeholders with power, interest, legitimacy and urgency.
 *
 * It scales: `sampleCommunity({ members: 100_000, months: 36 })` makes
 * millions of activities for benchmarks. Activities are sorted by time.
 *
 * @param options - seed, size, length of history and end date
 * @returns a parsed {@link Community} (dates are `Date`s)
 * @throws `ValidationError` when an option is out of range
 *
 * @example
 * ```ts
 * const community = sampleCommunity({ seed: 7 });
 * community.members.length; // → 400
 * sampleCommunity({ seed: 7 }).activities.length === community.activities.length; // → true
 * ```
 */
export function sampleCommunity(options: SampleCommunityOptions = {}): Community {
  const opts = parseWith('sampleCommunity', SampleCommunityOptionsSchema, options, 'options');
  const rng = createRng(opts.seed);
  const nMembers = opts.members;
  const nMonths = opts.months;
  const end = opts.asOf.getTime();
  const endDate = new Date(end);
  const startDate = new Date(Date.UTC(endDate.getUTCFullYear(), endDate.getUTCMonth() - nMonths, 1));
  const monthStart = (m: number): number =>
    Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth() + m, 1);
  const totalMonths = nMonths + (end > monthStart(nMonths) ? 1 : 0);

  // ---- members -----------------------------------------------------------
  const orgWeights = SAMPLE_ORGANISATIONS.map((_, i) => 1 / (i + 1) ** 1.1);
  const clusterIdx = SAMPLE_CLUSTERS.map((_, i) => i);
  const clusterShares = SAMPLE_CLUSTERS.map((c) => c.share);
  const SILO_A = SAMPLE_CLUSTERS.findIndex((c) => c.id === 'policy');
  const SILO_B = SAMPLE_CLUSTERS.findIndex((c) => c.id === 'software');
  const CORE = 6;
  const brokerCount = Math.max(3, Math.round(nMembers * 0.012));
  const plans: MemberPlan[] = [];
  const members: Member[] = [];
  const pad = String(nMembers).length;
  const memberId = (i: number): string => `m-${String(i + 1).padStart(pad, '0')}`;

  for (let i = 0; i < nMembers; i++) {
    const core = i < CORE;
    const founding = core || rng() < 0.08;
    // Growth: later months attract more newcomers (density ∝ 1 + 2t).
    const u = rng();
    const growthMonth = Math.floor(((Math.sqrt(1 + 8 * u) - 1) / 2) * nMonths);
    const join = founding
      ? monthStart(0) + rng() * 20 * DAY
      : monthStart(Math.min(nMonths - 1, growthMonth)) + rng() * 28 * DAY;
    const cluster = core ? ([4, 4, 3, 1, 4, 0][i] ?? 4) : pickWeighted(rng, clusterIdx, clusterShares);
    let second = -1;
    if (i >= CORE && i < CORE + brokerCount) {
      // Brokers join a second cluster, never closing the policy–software silo.
      do second = Math.floor(rng() * SAMPLE_CLUSTERS.length);
      while (
        second === cluster ||
        (cluster === SILO_A && second === SILO_B) ||
        (cluster === SILO_B && second === SILO_A)
      );
    }
    const broker = second >= 0;
    const lurker = !core && !broker && rng() < 0.17;
    const drawn = Math.exp(-0.3 + 1.25 * randomNormal(rng));
    // Brokers are active members who stay: they are what keeps two clusters talking.
    const lambda = core ? 12 + 6 * rng() : lurker ? 0.04 : broker ? Math.max(3, drawn) : drawn;
    const cohortThird = (join - monthStart(0)) / (monthStart(nMonths) - monthStart(0));
    const tau = core ? 1e6 : founding || broker ? 30 : cohortThird < 0.34 ? 20 : cohortThird < 0.67 ? 12 : 6;
    const leaves = !core && !broker && rng() < 0.1;
    const leave = leaves ? join + (0.2 + rng() * 0.8) * (end - join) : Number.POSITIVE_INFINITY;
    plans.push({ cluster, second, lambda, tau, join, leave });

    const c = SAMPLE_CLUSTERS[cluster]!;
    const org =
      core && i !== 2 ? SAMPLE_ORGANISATIONS[0]! : pickWeighted(rng, SAMPLE_ORGANISATIONS, orgWeights);
    const first = pick(rng, SAMPLE_FIRST_NAMES);
    const last = pick(rng, SAMPLE_LAST_NAMES);
    const interests = new Set<string>();
    const nInterests = 2 + Math.floor(rng() * 2);
    while (interests.size < nInterests) interests.add(pick(rng, c.topics));
    if (second >= 0) interests.add(pick(rng, SAMPLE_CLUSTERS[second]!.topics));
    // Policy and software members both care about reproducibility: the silo shares a topic.
    if (cluster === SILO_A || cluster === SILO_B) if (rng() < 0.5) interests.add('reproducibility');
    const expertise = new Set<string>();
    const nExpertise = 1 + Math.floor(rng() * 3);
    while (expertise.size < nExpertise) expertise.add(pick(rng, c.expertise));
    if (second >= 0) expertise.add(pick(rng, SAMPLE_CLUSTERS[second]!.expertise));
    const groups = new Set<string>([pick(rng, c.groups)]);
    if (rng() < 0.2) groups.add(pick(rng, c.groups));
    const experienced = lambda > 1.5;
    const recent = join > end - 180 * DAY;
    const willMentor = experienced && rng() < 0.45;
    const member: Member = {
      id: memberId(i),
      name: `${first} ${last}`,
      kind: 'person',
      identities: [],
      joinedAt: new Date(Math.floor(join)),
      affiliation: org.name,
      groups: [...groups].sort(),
      interests: [...interests].sort(),
      expertise: [...expertise].sort(),
      bio: `${first} works on ${[...interests].slice(0, 2).join(' and ')} at ${org.name}.`,
      timeZone: org.timeZone,
      languages: [...org.languages],
      availability: rng() < 0.75 ? 'available' : 'limited',
      capacity: {
        hoursPerMonth: Math.round(2 + rng() * 10),
        ...(willMentor ? { maxMentees: 1 + Math.floor(rng() * 3) } : {}),
      },
      willing: {
        mentor: willMentor,
        beMentored: !experienced && recent && rng() < 0.45,
        speak: rng() < (experienced ? 0.3 : 0.06),
        volunteer: rng() < 0.2,
      },
    };
    if (Number.isFinite(leave)) member.leftAt = new Date(Math.floor(leave));
    members.push(member);
  }

  // ---- activities --------------------------------------------------------
  const buckets: Activity[][] = Array.from({ length: totalMonths + 1 }, () => []);
  const parentOf = new Map<Activity, Activity>();
  const monthOf = (t: number): number => {
    const d = new Date(t);
    return (d.getUTCFullYear() - startDate.getUTCFullYear()) * 12 + d.getUTCMonth() - startDate.getUTCMonth();
  };
  const emit = (
    i: number,
    t: number,
    kind: ActivityKind,
    extra: { channel?: string; thread?: string; topics?: string[] } = {},
    parent?: Activity,
  ): Activity | undefined => {
    if (t >= end || t >= plans[i]!.leave || t < plans[i]!.join) return undefined;
    const a: Activity = {
      id: '',
      memberId: memberId(i),
      at: new Date(Math.floor(t)),
      kind,
      topics: extra.topics ?? [],
    };
    if (extra.channel !== undefined) a.channel = extra.channel;
    if (extra.thread !== undefined) a.thread = extra.thread;
    if (parent) parentOf.set(a, parent);
    buckets[Math.max(0, Math.min(totalMonths, monthOf(t)))]!.push(a);
    return a;
  };

  for (let i = 0; i < nMembers; i++) {
    emit(i, plans[i]!.join, 'join');
    if (Number.isFinite(plans[i]!.leave)) {
      const p = plans[i]!;
      const t = p.leave;
      p.leave = Number.POSITIVE_INFINITY;
      emit(i, t, 'leave');
      p.leave = t + 1;
    }
  }

  const ownKinds: ActivityKind[] = [
    'post',
    'comment',
    'reaction',
    'issue',
    'commit',
    'pull-request',
    'review',
    'document',
    'translate',
  ];
  const kindWeightsByCluster = SAMPLE_CLUSTERS.map((c) =>
    c.id === 'software' ? [24, 12, 18, 10, 18, 8, 7, 3, 0.3] : [34, 16, 24, 3, 2, 1, 2, 7, 1.2],
  );
  let threadCounter = 0;
  const weightAt = (p: MemberPlan, t: number): number => {
    if (t < p.join || t >= p.leave) return 0;
    const ageMonths = (t - p.join) / (30 * DAY);
    return p.lambda * Math.exp(-ageMonths / p.tau);
  };

  for (let m = 0; m < totalMonths; m++) {
    const t0 = monthStart(m);
    const t1 = Math.min(monthStart(m + 1), end);
    if (t1 <= t0) break;
    const mid = (t0 + t1) / 2;
    const span = t1 - t0;
    const fraction = span / (monthStart(m + 1) - t0);
    // Responder pools per cluster: the active core answers most (weight λ^1.3).
    const pools = SAMPLE_CLUSTERS.map(() => new Pool());
    const everyone = new Pool();
    const weights = new Float64Array(nMembers);
    for (let i = 0; i < nMembers; i++) {
      const p = plans[i]!;
      const w = weightAt(p, mid);
      weights[i] = w;
      if (w <= 0) continue;
      pools[p.cluster]!.add(i, w ** 1.3);
      if (p.second >= 0) pools[p.second]!.add(i, w ** 1.3);
      everyone.add(i, w);
    }
    for (const pool of pools) pool.seal();
    everyone.seal();

    for (let i = 0; i < nMembers; i++) {
      const w = weights[i]!;
      if (w <= 0) continue;
      const p = plans[i]!;
      const n = poisson(rng, w * fraction);
      for (let k = 0; k < n; k++) {
        const t = t0 + rng() * span;
        const home = p.second >= 0 && rng() < 0.4 ? p.second : p.cluster;
        const c = SAMPLE_CLUSTERS[home]!;
        const kind = pickWeighted(rng, ownKinds, kindWeightsByCluster[home]!);
        const topics = [pick(rng, c.topics)];
        if (kind !== 'post') {
          emit(i, t, kind, { channel: c.channel, topics });
          continue;
        }
        const thread = `t-${++threadCounter}`;
        const channel = rng() < 0.85 ? c.channel : 'general';
        const post = emit(i, t, 'post', { channel, thread, topics });
        if (post === undefined || rng() < c.unanswered) continue;
        // Replies: the first after a log-normal delay (median 5 h; 20 h in the slow data channel).
        const median = c.id === 'data' ? 20 * HOUR : 5 * HOUR;
        let tr = t + median * Math.exp(1.2 * randomNormal(rng));
        let last = post;
        const replies = 1 + Math.min(5, Math.floor(-Math.log(1 - rng()) / Math.log(2)));
        for (let r = 0; r < replies; r++) {
          const responder = pools[home]!.draw(rng, i);
          if (responder < 0) break;
          const reply = emit(
            responder,
            tr,
            r === 0 && rng() < 0.3 ? 'answer' : 'reply',
            { channel, thread, topics },
            last,
          );
          if (reply === undefined) break;
          last = reply;
          if (rng() < 0.3) {
            const followUp = emit(
              i,
              tr + 2 * HOUR * Math.exp(randomNormal(rng)),
              'reply',
              { channel, thread, topics },
              reply,
            );
            if (followUp) last = followUp;
          }
          tr += 3 * HOUR * Math.exp(randomNormal(rng));
          // A reply never precedes what it answers (a follow-up can outlast the gap).
          tr = Math.max(tr, last.at.getTime() + 60_000);
        }
      }
    }

    // Mentoring: a few mentees per month meet a mentor of their cluster.
    for (let i = 0; i < nMembers; i++) {
      if (!members[i]!.willing.beMentored || weights[i]! <= 0 || rng() > 0.25) continue;
      const mentor = pools[plans[i]!.cluster]!.draw(rng, i);
      if (mentor < 0 || !members[mentor]!.willing.mentor) continue;
      const t = t0 + rng() * span;
      const thread = `mentoring-${memberId(mentor)}-${memberId(i)}`;
      emit(mentor, t, 'mentor-session', { thread });
      emit(i, t, 'mentor-session', { thread });
    }
  }

  // ---- gatherings --------------------------------------------------------
  const gatherings: Gathering[] = [];
  const addGathering = (
    kind: GatheringKind,
    title: string,
    start: number,
    hours: number,
    pool: Pool,
    registeredCount: number,
    showUp: number,
    topics: string[],
    format: Gathering['format'],
    hosts: number[],
  ): void => {
    if (start >= end || pool.size === 0) return;
    const registered = new Set<number>();
    for (
      let tries = 0;
      registered.size < Math.min(registeredCount, pool.size) && tries < registeredCount * 6;
      tries++
    ) {
      const who = pool.draw(rng);
      if (who >= 0 && plans[who]!.join < start && plans[who]!.leave > start) registered.add(who);
    }
    for (const h of hosts) registered.add(h);
    const attended = [...registered].filter((who) => hosts.includes(who) || rng() < showUp);
    const speakers = attended
      .filter((who) => !hosts.includes(who) && members[who]!.willing.speak)
      .slice(0, 2);
    const id = `g-${gatherings.length + 1}`;
    gatherings.push({
      id,
      title,
      kind,
      start: new Date(start),
      end: new Date(start + hours * HOUR),
      hosts: hosts.map(memberId),
      speakers: speakers.map(memberId),
      registered: [...registered].sort((a, b) => a - b).map(memberId),
      attended: attended.sort((a, b) => a - b).map(memberId),
      topics,
      format,
    });
    for (const who of attended)
      emit(who, start, hosts.includes(who) ? 'host' : 'attend', { thread: id, topics });
    for (const who of speakers) emit(who, start, 'present', { thread: id, topics });
    for (const h of hosts) emit(h, start - 7 * DAY, 'organise', { thread: id, topics });
  };

  for (let m = 0; m < totalMonths; m++) {
    const t0 = monthStart(m);
    const pool = new Pool();
    const clusterPools = SAMPLE_CLUSTERS.map(() => new Pool());
    let active = 0;
    for (let i = 0; i < nMembers; i++) {
      const w = weightAt(plans[i]!, t0 + 3 * DAY);
      if (w <= 0) continue;
      active++;
      pool.add(i, w + 0.2);
      clusterPools[plans[i]!.cluster]!.add(i, w + 0.2);
    }
    pool.seal();
    for (const p of clusterPools) p.seal();
    const d = new Date(t0);
    const monthName = d.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    // Monthly community call, first Tuesday, 15:00 UTC.
    const firstTuesday = t0 + ((9 - d.getUTCDay()) % 7) * DAY + 15 * HOUR;
    const callSize = Math.min(60, 6 + poisson(rng, 0.05 * active));
    addGathering(
      'community-call',
      `${monthName} community call`,
      firstTuesday,
      1,
      pool,
      Math.round(callSize * 1.3),
      0.75,
      ['community-building'],
      'online',
      [0, 1],
    );
    if (m % 3 === 1) {
      const c = ((m / 3) % SAMPLE_CLUSTERS.length) | 0;
      const cl = SAMPLE_CLUSTERS[c]!;
      addGathering(
        'workshop',
        `Workshop: ${cl.topics[0]}`,
        t0 + 14 * DAY + 13 * HOUR,
        3,
        clusterPools[c]!,
        18 + Math.floor(rng() * 20),
        0.65,
        [...cl.topics.slice(0, 2)],
        'online',
        [0],
      );
    }
    if (m % 6 === 4) {
      addGathering(
        'meetup',
        `${monthName} meetup`,
        t0 + 20 * DAY + 18 * HOUR,
        3,
        pool,
        12 + Math.floor(rng() * 15),
        0.7,
        ['community-building', 'events'],
        'in-person',
        [4],
      );
    }
    if (m % 12 === 10) {
      addGathering(
        'conference',
        `Annual conference ${d.getUTCFullYear()}`,
        t0 + 10 * DAY + 9 * HOUR,
        16,
        pool,
        Math.min(pool.size, 80 + Math.floor(0.2 * active)),
        0.8,
        ['open-data', 'research-software', 'teaching', 'open-access'],
        'hybrid',
        [0, 1, 4],
      );
    }
    if (m % 2 === 0) {
      addGathering(
        'office-hours',
        `${monthName} office hours`,
        t0 + 8 * DAY + 10 * HOUR,
        1,
        clusterPools[1]!,
        4 + Math.floor(rng() * 6),
        0.6,
        ['research-software'],
        'online',
        [3],
      );
    }
  }

  // ---- sort and number activities ---------------------------------------
  const activities: Activity[] = [];
  for (const bucket of buckets) {
    bucket.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const a of bucket) activities.push(a);
  }
  const idPad = String(activities.length).length;
  activities.forEach((a, k) => {
    a.id = `a-${String(k + 1).padStart(idPad, '0')}`;
  });
  for (const [child, parent] of parentOf) child.replyTo = parent.id;
  // Re-create the activities in their final order, each with the same key
  // order: generated month by month and then sorted, the originals lie
  // scattered in memory, unlike activities parsed from a file, which lie in
  // order (on a million activities, every pass over them would measure cache
  // misses instead of the code).
  for (let k = 0; k < activities.length; k++) {
    const a = activities[k]!;
    const copy: Activity = {
      id: a.id,
      memberId: a.memberId,
      at: new Date(a.at.getTime()),
      kind: a.kind,
      topics: a.topics,
    };
    if (a.channel !== undefined) copy.channel = a.channel;
    if (a.thread !== undefined) copy.thread = a.thread;
    if (a.replyTo !== undefined) copy.replyTo = a.replyTo;
    activities[k] = copy;
  }

  // ---- roles -------------------------------------------------------------
  const from = new Date(monthStart(0));
  const roleAssignments: RoleAssignment[] = [
    { memberId: memberId(0), roleId: SAMPLE_ROLE_IDS.manager, allocation: 1, from, intermittent: false },
    { memberId: memberId(0), roleId: SAMPLE_ROLE_IDS.leader, allocation: 0.4, from, intermittent: false },
    { memberId: memberId(1), roleId: SAMPLE_ROLE_IDS.leader, allocation: 0.2, from, intermittent: false },
    { memberId: memberId(2), roleId: SAMPLE_ROLE_IDS.sponsor, allocation: 0.05, from, intermittent: false },
    {
      memberId: memberId(5),
      roleId: SAMPLE_ROLE_IDS.technicalExpert,
      allocation: 0.2,
      from,
      to: new Date(monthStart(Math.min(6, nMonths - 1))),
      intermittent: false,
    },
    {
      memberId: memberId(3),
      roleId: SAMPLE_ROLE_IDS.technicalExpert,
      allocation: 0.2,
      from: new Date(monthStart(Math.min(6, nMonths - 1))),
      intermittent: false,
    },
    {
      memberId: memberId(4),
      roleId: SAMPLE_ROLE_IDS.communicationsAdvisor,
      allocation: 0.1,
      from,
      intermittent: true,
    },
  ];

  // ---- skill assessments -------------------------------------------------
  const skillAssessments: SkillAssessment[] = [];
  const assessed = Math.min(nMembers, 40);
  for (let i = 0; i < assessed; i++) {
    const at = new Date(Math.min(end - DAY, Math.max(plans[i]!.join, end - 200 * DAY) + rng() * 90 * DAY));
    const strength = i < CORE ? 3 : plans[i]!.lambda > 2 ? 2 : 1;
    for (const [frameworkId, skillIds] of SAMPLE_SKILL_ASSESSMENT_PLAN) {
      for (const skillId of skillIds) {
        if (i >= CORE && rng() < 0.5) continue;
        const level = Math.max(0, Math.min(4, Math.round(strength + randomNormal(rng) * 0.9)));
        skillAssessments.push({
          memberId: memberId(i),
          frameworkId,
          skillId,
          level,
          assessedAt: at,
          source: 'self',
        });
        if (i < CORE && i !== 0) {
          skillAssessments.push({
            memberId: memberId(i),
            frameworkId,
            skillId,
            level: Math.max(0, Math.min(4, level + (rng() < 0.3 ? -1 : 0))),
            assessedAt: at,
            source: 'peer',
            assessorId: memberId(0),
          });
        }
      }
    }
  }

  // The core team also rates itself on more of the wheel, with deliberate gaps and single holders.
  for (let i = 0; i < Math.min(nMembers, CORE); i++) {
    const at = new Date(end - 120 * DAY - i * DAY);
    for (const skillId of SAMPLE_CORE_EXTRA_SKILLS) {
      let level = Math.max(0, Math.min(4, Math.round(2.6 + randomNormal(rng) * 0.9)));
      if (SAMPLE_WEAK_SKILLS.includes(skillId)) level = Math.min(level, 1);
      const single = SAMPLE_SINGLE_HOLDER_SKILLS[skillId];
      if (single !== undefined) level = i === single ? 3 : Math.min(level, 1);
      skillAssessments.push({
        memberId: memberId(i),
        frameworkId: 'cscce-skills-wheel',
        skillId,
        level,
        assessedAt: at,
        source: 'self',
      });
    }
  }

  const [funder, host, society, publisher, students, ministry] = SAMPLE_STAKEHOLDERS;
  const stakeholders = [funder, host, society, publisher, students, ministry].map((s, k) => ({
    ...s,
    groups: [],
    contactMemberId: memberId(k === 0 || k === 1 ? 2 : 0),
  }));

  return {
    name: 'Open Research Commons',
    description:
      'An invented research community of data stewards, research software engineers, educators and policy people, generated by community-kit for demos, docs and tests.',
    createdAt: new Date(monthStart(0)),
    stage: 'growing',
    members,
    activities,
    gatherings,
    roleAssignments,
    skillAssessments,
    stakeholders,
  };
}
