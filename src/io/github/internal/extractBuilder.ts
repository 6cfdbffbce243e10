import type { Activity } from '../../../model/activity.js';
import type { ActivityKind } from '../../../model/activityKinds.js';
import type { Provenance } from '../../../model/provenance.js';
import { skipTally } from '../../core/skipTally.js';
import { SOURCE_EXTRACT_FORMAT, type SourceExtract, type SourceIdentity } from '../../core/sourceExtract.js';

/** What a GitHub record is, before its activity kind is decided (a comment's kind depends on its thread). */
export type Role =
  | 'issue'
  | 'pull'
  | 'discussion'
  | 'issueComment'
  | 'reviewComment'
  | 'review'
  | 'discussionComment'
  | 'discussionReply'
  | 'answer'
  | 'push';

/** An activity being built: its role instead of a kind, its time in ms, the activity it answers. */
export interface DraftActivity {
  id: string;
  memberId: string;
  at: number;
  role: Role;
  channel: string;
  thread?: string;
  /** The activity this one answers, if it is read too (else the opening of its thread is tried). */
  parent?: string;
  text?: string;
  topics?: string[];
  weight?: number;
  provenance: Provenance;
}

/** What is known of one thread (an issue, pull request or discussion) across files. */
export interface ThreadInfo {
  /** Label names seen on it (at opening or later). */
  labels: Set<string>;
  /** When it was first marked ready for review (a pull request opened as a draft). */
  readyAt?: number;
  /** The export says the pull request is a draft now (`draft: true`): as in github/issue-metrics, it is measured from its creation. */
  draftNow?: boolean;
  /** The comment accepted as its answer (a Q&A discussion). */
  answerId?: string;
  /** A discussion in an answerable (Q&A) category. */
  answerable?: boolean;
}

/** How a builder turns drafts into activities. */
export interface FinishOptions {
  questionLabels: readonly string[];
  draftStart: 'ready-for-review' | 'created';
  source: string;
  description?: string;
  files: string[];
}

const MAX_ID = 256;

/** A 64-bit FNV-1a hash of `s` as 16 hex digits (two 32-bit halves with different seeds). */
function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** `id` when it fits an IdSchema id (≤ 256 characters), else its first 239 characters, `~` and a hash of the whole (deterministic). */
export function fitId(id: string): string {
  return id.length <= MAX_ID ? id : `${id.slice(0, MAX_ID - 17)}~${hash64(id)}`;
}

/** The normalised form of a label for matching question labels: lower case, the part after the last `:` or `/`, trimmed. */
export function labelKey(label: string): string {
  const lower = label.toLowerCase();
  const cut = Math.max(lower.lastIndexOf(':'), lower.lastIndexOf('/'));
  return lower.slice(cut + 1).trim();
}

/** A label as an activity topic: trimmed, 1–200 characters, or undefined. */
function topicOf(label: string): string | undefined {
  const t = label.trim();
  return t.length === 0 ? undefined : t.slice(0, 200);
}

/** Accumulates identities, draft activities and thread facts from any number of GitHub files, then builds the extract. */
export class ExtractBuilder {
  private readonly identities = new Map<string, SourceIdentity & { seenAt: number }>();
  private readonly loginChanges = new Set<string>();
  private readonly drafts = new Map<string, DraftActivity>();
  private readonly threads = new Map<string, ThreadInfo>();
  readonly tally = skipTally();
  readonly warnings: string[] = [];
  readonly read: Record<string, number> = {};
  readonly repos = new Set<string>();

  count(key: string, n = 1): void {
    this.read[key] = (this.read[key] ?? 0) + n;
  }

  /** Records an identity (GitHub user) seen at `at`; the login of the latest record wins. Returns its id. */
  identity(user: { id: string; sourceId?: string; login: string; bot?: string }, at: number): string {
    const id = fitId(user.id);
    const known = this.identities.get(id);
    if (known === undefined) {
      const identity: SourceIdentity & { seenAt: number } = {
        id,
        source: 'github',
        username: user.login,
        seenAt: at,
      };
      if (user.sourceId !== undefined) identity.sourceId = user.sourceId;
      if (user.bot !== undefined) {
        identity.platformBot = true;
        identity.platformBotEvidence = user.bot;
      }
      this.identities.set(id, identity);
      return id;
    }
    if (known.username !== user.login) {
      this.loginChanges.add(id);
      if (at > known.seenAt || (at === known.seenAt && user.login < (known.username ?? ''))) {
        known.username = user.login;
        known.seenAt = at;
      }
    } else if (at > known.seenAt) known.seenAt = at;
    if (user.bot !== undefined && known.platformBot !== true) {
      known.platformBot = true;
      known.platformBotEvidence = user.bot;
    }
    // The id string already held, so that a member's activities share one string (memory of millions of events).
    return known.id;
  }

  thread(id: string): ThreadInfo {
    let t = this.threads.get(id);
    if (t === undefined) {
      t = { labels: new Set() };
      this.threads.set(id, t);
    }
    return t;
  }

  /** Adds a draft activity; a second record with the same id (another page, file or endpoint) is counted and left out. */
  /** One string object per distinct thread id and channel, shared by every activity that names it. */
  private readonly shared = new Map<string, string>();

  private share(s: string): string {
    const known = this.shared.get(s);
    if (known !== undefined) return known;
    this.shared.set(s, s);
    return s;
  }

  add(draft: DraftActivity): void {
    draft.id = fitId(draft.id);
    // Threads and channels repeat across activities: holding each once keeps millions of events' results smaller.
    if (draft.thread !== undefined) draft.thread = this.share(fitId(draft.thread));
    if (draft.parent !== undefined) draft.parent = this.share(fitId(draft.parent));
    draft.channel = this.share(draft.channel);
    const known = this.drafts.get(draft.id);
    if (known !== undefined) {
      this.tally.skip(
        'already read (the same GitHub record in another page or file; the issues endpoint also lists pull requests)',
        `${draft.provenance.file ?? ''}:${draft.provenance.line ?? ''}`,
      );
      // An opening read from the pulls endpoint after the issues endpoint keeps the earlier time.
      if (draft.at < known.at && draft.role === known.role) known.at = draft.at;
      return;
    }
    this.drafts.set(draft.id, draft);
  }

  has(id: string): boolean {
    return this.drafts.has(fitId(id));
  }

  /** The extract: kinds decided, replies linked, drafts dated at ready-for-review, everything sorted. */
  finish(o: FinishOptions): SourceExtract {
    const questionKeys = new Set(o.questionLabels.map(labelKey));
    const isQuestion = (thread: string | undefined): boolean => {
      if (thread === undefined) return false;
      const t = this.threads.get(thread);
      if (t === undefined) return false;
      if (t.answerable === true) return true;
      for (const l of t.labels) if (questionKeys.has(labelKey(l))) return true;
      return false;
    };
    const drafts = [...this.drafts.values()];
    // Openings of pull requests that were drafts start when they were marked ready for review.
    const openings = new Map<string, DraftActivity>();
    for (const d of drafts) if (d.thread === d.id) openings.set(d.id, d);
    const moved = new Set<string>();
    if (o.draftStart === 'ready-for-review')
      for (const d of openings.values()) {
        const info = d.role === 'pull' ? this.threads.get(d.id) : undefined;
        const ready = info?.draftNow === true ? undefined : info?.readyAt;
        if (ready !== undefined && ready > d.at) {
          d.at = ready;
          moved.add(d.id);
        }
      }
    // A thread starts with its opening: what is dated before it (made while a draft, or an export whose
    // dates disagree) replies to it from outside the thread, so that the opening stays the thread's start.
    let beforeReady = 0;
    let beforeOpening = 0;
    for (const d of drafts) {
      if (d.thread === undefined || d.thread === d.id) continue;
      const opening = openings.get(d.thread);
      if (opening === undefined || d.at >= opening.at) continue;
      d.parent ??= d.thread;
      if (moved.has(d.thread)) beforeReady++;
      else beforeOpening++;
      d.thread = undefined;
    }
    if (moved.size > 0)
      this.warnings.push(
        `${moved.size} pull request${moved.size === 1 ? ' was' : 's were'} opened as draft${moved.size === 1 ? '' : 's'}: the opening is dated when marked ready for review (as github/issue-metrics measures the first response), and the ${beforeReady} activit${beforeReady === 1 ? 'y' : 'ies'} (comments, reviews) before that reply to it outside its thread.`,
      );
    if (beforeOpening > 0)
      this.warnings.push(
        `${beforeOpening} comment${beforeOpening === 1 ? ' or review is' : 's or reviews are'} dated before the issue, pull request or discussion they belong to (the export's dates disagree): kept as replies to it, outside its thread.`,
      );
    let unlinked = 0;
    // Time order, then id (times are numbers here: cheaper to compare than Dates).
    drafts.sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const activities: Activity[] = drafts.map((d) => {
      const question = isQuestion(d.thread ?? d.parent);
      const threadInfo = d.thread === undefined ? undefined : this.threads.get(d.thread);
      let kind: ActivityKind;
      switch (d.role) {
        case 'issue':
          kind = question ? 'post' : 'issue';
          break;
        case 'pull':
          kind = 'pull-request';
          break;
        case 'discussion':
          kind = 'post';
          break;
        case 'issueComment':
          kind = question ? 'reply' : 'comment';
          break;
        case 'reviewComment':
          kind = 'comment';
          break;
        case 'review':
          kind = 'review';
          break;
        case 'discussionComment':
          kind = threadInfo?.answerId === d.id ? 'answer' : 'reply';
          break;
        case 'discussionReply':
          kind = 'reply';
          break;
        case 'answer':
          kind = 'answer';
          break;
        case 'push':
          kind = 'commit';
          break;
      }
      // The accepted answer written by the asker is a reply, not an answer "to someone else".
      let replyTo: string | undefined;
      if (d.parent !== undefined && d.parent !== d.id) {
        if (this.drafts.has(d.parent)) replyTo = d.parent;
        else if (d.thread !== undefined && d.thread !== d.id && this.drafts.has(d.thread)) replyTo = d.thread;
        else unlinked++;
      }
      if (kind === 'answer' && replyTo !== undefined) {
        const root = this.drafts.get(d.thread ?? replyTo);
        if (root !== undefined && root.memberId === d.memberId) kind = 'reply';
      }
      const a: Activity = {
        id: d.id,
        memberId: d.memberId,
        at: new Date(d.at),
        kind,
        channel: d.channel,
        topics: d.topics ?? [],
        provenance: d.provenance,
      };
      if (d.thread !== undefined) a.thread = d.thread;
      if (replyTo !== undefined) a.replyTo = replyTo;
      if (d.weight !== undefined) a.weight = d.weight;
      if (d.text !== undefined) a.text = d.text;
      return a;
    });
    if (unlinked > 0)
      this.warnings.push(
        `${unlinked} comment${unlinked === 1 ? ', review or answer belongs' : 's, reviews or answers belong'} to issues, pull requests or discussions opened outside the input: kept in their thread, without replyTo.`,
      );
    if (this.loginChanges.size > 0)
      this.warnings.push(
        `${this.loginChanges.size} GitHub user${this.loginChanges.size === 1 ? '' : 's'} appear under more than one login (renamed): the login of the latest record is kept.`,
      );
    const identities = [...this.identities.values()]
      .map(({ seenAt: _, ...rest }) => rest)
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const read: Record<string, number> = {};
    for (const k of Object.keys(this.read).sort()) read[k] = this.read[k] as number;
    const extract: SourceExtract = {
      format: SOURCE_EXTRACT_FORMAT,
      source: o.source,
      files: o.files,
      identities,
      profiles: [],
      activities,
      gatherings: [],
      roleAssignments: [],
      skillAssessments: [],
      read,
      mailmap: [],
      skipped: this.tally.list(),
      warnings: [...this.warnings],
    };
    const repos = [...this.repos].sort();
    const description =
      o.description ??
      (repos.length === 0
        ? undefined
        : repos.length <= 5
          ? repos.join(', ')
          : `${repos.length} repositories`);
    if (description !== undefined) extract.description = description.slice(0, 1000);
    return extract;
  }
}

/** Label names as activity topics: trimmed, de-duplicated, at most 100. */
export function topicsOf(labels: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const l of labels) {
    const t = topicOf(l);
    if (t !== undefined) out.add(t);
    if (out.size === 100) break;
  }
  return [...out];
}
