import type { EventDraft, ExtractBuilder, Role } from './extractBuilder.js';
import { NUMBERED, topicsOf } from './extractBuilder.js';
import { githubTime, isObject, type Json, repoAndNumberOfUrl } from './fields.js';
import { NumberIndex } from './numberIndex.js';
import { threadId } from './restRecords.js';
import { accountOf, botEvidence, MAX_LOGIN } from './users.js';

/** The event types GH Archive files hold that this importer reads. */
export const READ_EVENT_TYPES = new Set([
  'IssuesEvent',
  'IssueCommentEvent',
  'PullRequestEvent',
  'PullRequestReviewEvent',
  'PullRequestReviewCommentEvent',
  'DiscussionEvent',
  'ReleaseEvent',
  'PushEvent',
]);

/** What is known of one repository while reading: its name, channel and number (for the keys of its threads). */
interface RepoState {
  name: string;
  channel: string;
  /** Whether an activity of it was kept (then it is among the extract's repositories). */
  used: boolean;
  /** Its number in the order repositories were met. */
  index: number;
}

/** How events are read: the builder, the options, where the reader is, and what is reused from event to event. */
export interface EventContext {
  b: ExtractBuilder;
  file: string;
  line: number;
  text: boolean;
  pushes: boolean;
  /** The builder's index of `file` (set with `file`). */
  fileIndex: number;
  /** Repositories by name (one lookup per event instead of building thread ids and channels). */
  repos: Map<string, RepoState>;
  /** Repositories by GH Archive's numeric repository id, when the name is the same (cheaper than hashing the name). */
  reposById: Map<number, RepoState>;
  /** Thread refs by repository index × 2^24 + number (numbers below 2^24 of the first 2^28 repositories; others in `bigThreads`). */
  threads: NumberIndex;
  bigThreads: Map<string, number>;
  /** Skip reasons by event type and action, built once each. */
  reasons: Map<string, string>;
  /** How many times each skip reason was counted (past five, examples are not kept: none is built). */
  skips: Map<string, number>;
  /** The draft handed to the builder, reused (the builder keeps its values, not it). */
  draft: EventDraft;
}

/** A context to read files into `b` (set `file`, `fileIndex` and `line` as reading goes). */
export function eventContext(b: ExtractBuilder, text: boolean, pushes: boolean): EventContext {
  return {
    b,
    file: '',
    line: 0,
    text,
    pushes,
    fileIndex: 0,
    repos: new Map(),
    reposById: new Map(),
    threads: new NumberIndex(),
    bigThreads: new Map(),
    reasons: new Map(),
    skips: new Map(),
    draft: {
      key: 0,
      role: 'push',
      memberId: '',
      at: 0,
      channel: '',
      thread: -1,
      parent: Number.NaN,
      topics: -1,
      text: undefined,
      weight: Number.NaN,
      file: 0,
      line: 0,
      sourceId: undefined,
      provenanceRole: undefined,
    },
  };
}

/** A field that is missing or of the wrong type in an event: the event is skipped under this reason. */
class Missing extends Error {}

const MAX_TEXT = 100_000;
const NONE = Number.NaN;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
const obj = (v: unknown): Json | undefined => (isObject(v) ? v : undefined);

/**
 * The user object `v` if it names an account (a login of 1–100 characters and, if any, a positive
 * integer id — what accountOf accepts), else undefined; a malformed one throws Missing.
 */
function userOf(v: unknown, path: string): Json | undefined {
  const u = obj(v);
  if (u === undefined || (u.login === undefined && u.id === undefined)) return undefined;
  const { login, id } = u;
  if (typeof login !== 'string' || login.length === 0 || login.length > MAX_LOGIN)
    throw new Missing(`${path} is not a user`);
  if (id !== undefined && id !== null && (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0))
    throw new Missing(`${path} is not a user`);
  return u;
}

function timeOf(v: unknown): number | undefined {
  const t = githubTime(v);
  return typeof t === 'number' ? t : undefined;
}

/** One event being mapped: what every helper needs (no closures per event: this runs for millions of lines). */
interface Ev {
  ctx: EventContext;
  e: Json;
  type: string;
  repo: string;
  state: RepoState;
  actor: Json | undefined;
  payload: Json;
}

const RECORD_AT = { fn: 'ghArchiveExtract', file: '', line: 1, record: '' };

/** The identity id of user object `u` (checked by userOf), or of the event's actor when `u` is undefined, seen at `at`. */
function who(ev: Ev, u: Json | undefined, at: number): string {
  const user = u ?? ev.actor;
  if (user === undefined) throw new Missing('no author and no actor');
  const login = user.login as string;
  const id = user.id;
  if (typeof id === 'number') {
    const known = ev.ctx.b.knownAccount(id, login, botEvidence(login, user.type, 'type'), at);
    if (known !== undefined) return known;
  }
  return ev.ctx.b.identity(accountOf(RECORD_AT, login, id, user.type, 'user', 'type'), at);
}

/** The event's id as provenance's sourceId: a string (at most 1000 characters) or a non-negative integer. */
function sourceIdOf(e: Json): string | number | undefined {
  const raw = e.id;
  if (typeof raw === 'string') return raw === '' ? undefined : raw.length > 1000 ? raw.slice(0, 1000) : raw;
  return int(raw);
}

function textOf(ev: Ev, a: unknown, b?: unknown): string | undefined {
  if (!ev.ctx.text) return undefined;
  const parts = [a, b].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length === 0 ? undefined : parts.join('\n\n').slice(0, MAX_TEXT);
}

/** Counts the event as skipped under `reason` (its location as the example while examples are kept). */
function skip(ctx: EventContext, reason: string): void {
  const seen = ctx.skips.get(reason) ?? 0;
  ctx.skips.set(reason, seen + 1);
  // The tally keeps the first five examples: past them, the example is not even built.
  ctx.b.tally.skip(reason, seen < 5 ? `${ctx.file}:${ctx.line}` : '');
}

function noKind(ev: Ev, what: string): undefined {
  const cacheKey = `${ev.type}\u0000${what}`;
  let reason = ev.ctx.reasons.get(cacheKey);
  if (reason === undefined) {
    reason = `${ev.type} "${what}" (no activity kind for it)`;
    ev.ctx.reasons.set(cacheKey, reason);
  }
  skip(ev.ctx, reason);
  return undefined;
}

/**
 * Hands one activity to the builder: `key` its id's key, by `member` at `at`, in thread `thread`
 * (a ref, -1 for none), answering the activity with key `parent` (NaN for none).
 */
function addDraft(
  ev: Ev,
  key: number,
  role: Role,
  member: string,
  at: number,
  thread: number,
  parent: number,
  topics: number,
  text: string | undefined,
  weight: number,
  provenanceRole: string | undefined,
): void {
  const { ctx, state } = ev;
  if (!state.used) {
    state.used = true;
    ctx.b.repos.add(ev.repo);
  }
  const d = ctx.draft;
  d.key = key;
  d.role = role;
  d.memberId = member;
  d.at = at;
  d.channel = state.channel;
  d.thread = thread;
  d.parent = parent;
  d.topics = topics;
  d.text = text;
  d.weight = weight;
  d.file = ctx.fileIndex;
  d.line = ctx.line;
  d.sourceId = sourceIdOf(ev.e);
  d.provenanceRole = provenanceRole;
  ctx.b.addEvent(d);
}

/**
 * Adds a comment, review or answer: `record`'s author (its `user`, read at
 * `userPath`) at `at`, in thread `thread` (a ref), answering `parent` (a key), its body as text.
 */
function addReply(
  ev: Ev,
  key: number,
  role: Role,
  record: Json,
  userPath: string,
  at: number,
  thread: number,
  parent: number,
): void {
  const member = who(ev, userOf(record.user, userPath), at);
  addDraft(ev, key, role, member, at, thread, parent, -1, textOf(ev, record.body), NONE, undefined);
}

function labelsOf(o: Json | undefined): string[] {
  if (!Array.isArray(o?.labels)) return [];
  const out: string[] = [];
  for (const l of o.labels as unknown[]) {
    const name = isObject(l) ? str(l.name) : str(l);
    if (name !== undefined) out.push(name);
  }
  return out;
}

function numberOf(ev: Ev, o: Json | undefined, u1?: unknown, u2?: unknown, u3?: unknown): number {
  const n = int(o?.number) ?? int(ev.payload.number);
  if (n !== undefined) return n;
  for (const u of [u1, u2, u3]) {
    const s = str(u);
    const found = s === undefined ? undefined : repoAndNumberOfUrl(s);
    if (found !== undefined) return found.number;
  }
  throw new Missing('no issue or pull request number');
}

/** The thread (issue, pull request or discussion) `n` of the event's repository: the ref of its id as written (for thread facts). */
function threadOf(ev: Ev, n: number): number {
  const { ctx, state } = ev;
  if (n >= 2 ** 24 || state.index >= 2 ** 28) {
    const k = `${state.index}#${n}`;
    let r = ctx.bigThreads.get(k);
    if (r === undefined) {
      r = ctx.b.newThreadRef(threadId(ev.repo, n));
      ctx.bigThreads.set(k, r);
    }
    return r;
  }
  const key = state.index * 2 ** 24 + n;
  let r = ctx.threads.get(key);
  if (r === -1) {
    r = ctx.b.newThreadRef(threadId(ev.repo, n));
    ctx.threads.set(key, r);
  }
  return r;
}

/** The ref activities hold for the thread whose id as written has ref `raw` (the same, unless the id is too long for an id). */
function fitted(ev: Ev, raw: number, n: number): number {
  if (ev.repo.length < 200) return raw;
  const id = threadId(ev.repo, n);
  return id.length <= 256 ? raw : ev.ctx.b.threadRef(id);
}

/** Maps one parsed GH Archive event (any of READ_EVENT_TYPES) into the builder; a trimmed payload degrades to what is present. */
export function mapEvent(ctx: EventContext, e: Json): void {
  const type = str(e.type) ?? '';
  try {
    mapTyped(ctx, e, type);
  } catch (error) {
    if (!(error instanceof Missing)) throw error;
    skip(ctx, `${type}: ${error.message}`);
  }
}

function repoState(ctx: EventContext, repo: string, id: unknown): RepoState {
  const byId = typeof id === 'number' ? ctx.reposById.get(id) : undefined;
  if (byId !== undefined && byId.name === repo) return byId;
  let s = ctx.repos.get(repo);
  if (s === undefined) {
    s = { name: repo, channel: ctx.b.channel(repo.slice(0, 200)), used: false, index: ctx.repos.size };
    ctx.repos.set(repo, s);
  }
  if (typeof id === 'number') ctx.reposById.set(id, s);
  return s;
}

function mapTyped(ctx: EventContext, e: Json, type: string): undefined {
  const { b } = ctx;
  const eventAt = timeOf(e.created_at);
  if (eventAt === undefined) throw new Missing('created_at missing, not a date, or outside 2007–2099');
  const repoObj = obj(e.repo);
  const repo = str(repoObj?.name);
  if (repo === undefined || !repo.includes('/')) throw new Missing('repo.name missing');
  const actor = userOf(e.actor, 'actor');
  const payload = obj(e.payload);
  if (payload === undefined) throw new Missing('payload missing');
  const action = str(payload.action);
  const ev: Ev = { ctx, e, type, repo, state: repoState(ctx, repo, repoObj?.id), actor, payload };

  switch (type) {
    case 'IssuesEvent': {
      b.count('IssuesEvent');
      const issue = obj(payload.issue);
      const n = numberOf(ev, issue, issue?.url, issue?.html_url);
      if (action === 'opened') {
        const t = threadOf(ev, n);
        const labels = labelsOf(issue);
        for (const l of labels) b.threadInfoOf(t).labels.add(l);
        const at = timeOf(issue?.created_at) ?? eventAt;
        const member = who(ev, userOf(issue?.user, 'payload.issue.user'), at);
        const tf = fitted(ev, t, n);
        addDraft(
          ev,
          -1 - tf,
          'issue',
          member,
          at,
          tf,
          NONE,
          b.topicList(topicsOf(labels)),
          textOf(ev, issue?.title, issue?.body),
          NONE,
          undefined,
        );
      } else if (action === 'labeled') {
        const name = str(obj(payload.label)?.name);
        if (name !== undefined) b.threadInfoOf(threadOf(ev, n)).labels.add(name);
        noKind(ev, action);
      } else noKind(ev, action ?? '?');
      return;
    }
    case 'IssueCommentEvent': {
      b.count('IssueCommentEvent');
      if (action !== 'created') return noKind(ev, action ?? '?');
      const comment = obj(payload.comment);
      const id = int(comment?.id);
      if (comment === undefined || id === undefined) throw new Missing('payload.comment.id missing');
      const issue = obj(payload.issue);
      const n = numberOf(ev, issue, comment.issue_url, comment.html_url);
      const t = threadOf(ev, n);
      const labels = issue?.labels;
      if (Array.isArray(labels) && labels.length > 0)
        for (const l of labelsOf(issue)) b.threadInfoOf(t).labels.add(l);
      const at = timeOf(comment.created_at) ?? eventAt;
      const tf = fitted(ev, t, n);
      const key = b.numberKey(NUMBERED.issueComment, id);
      addReply(ev, key, 'issueComment', comment, 'payload.comment.user', at, tf, -1 - tf);
      return;
    }
    case 'PullRequestEvent': {
      b.count('PullRequestEvent');
      const pr = obj(payload.pull_request);
      const n = numberOf(ev, pr, pr?.url, pr?.html_url);
      // Thread facts are kept only when they may matter (memory grows with what is kept).
      if (action === 'opened') {
        const t = threadOf(ev, n);
        const labels = labelsOf(pr);
        for (const l of labels) b.threadInfoOf(t).labels.add(l);
        const at = timeOf(pr?.created_at) ?? eventAt;
        const member = who(ev, userOf(pr?.user, 'payload.pull_request.user'), at);
        const tf = fitted(ev, t, n);
        addDraft(
          ev,
          -1 - tf,
          'pull',
          member,
          at,
          tf,
          NONE,
          b.topicList(topicsOf(labels)),
          textOf(ev, pr?.title, pr?.body),
          NONE,
          undefined,
        );
      } else if (action === 'ready_for_review') {
        const info = b.threadInfoOf(threadOf(ev, n));
        if (info.readyAt === undefined || eventAt < info.readyAt) info.readyAt = eventAt;
      } else {
        if (action === 'closed' && (pr?.merged === true || timeOf(pr?.merged_at) !== undefined))
          b.count('merged');
        if (action === 'labeled') {
          const name = str(obj(payload.label)?.name);
          if (name !== undefined) b.threadInfoOf(threadOf(ev, n)).labels.add(name);
        }
        noKind(ev, action ?? '?');
      }
      return;
    }
    case 'PullRequestReviewEvent': {
      b.count('PullRequestReviewEvent');
      const review = obj(payload.review);
      const id = int(review?.id);
      if (review === undefined || id === undefined) throw new Missing('payload.review.id missing');
      const state = str(review.state)?.toLowerCase();
      if (state === 'pending') return noKind(ev, 'pending');
      const pr = obj(payload.pull_request);
      const n = numberOf(ev, pr, review.pull_request_url, review.html_url, pr?.url);
      const tf = fitted(ev, threadOf(ev, n), n);
      const at = timeOf(review.submitted_at) ?? eventAt;
      const key = b.numberKey(NUMBERED.review, id);
      addReply(ev, key, 'review', review, 'payload.review.user', at, tf, -1 - tf);
      return;
    }
    case 'PullRequestReviewCommentEvent': {
      b.count('PullRequestReviewCommentEvent');
      if (action !== undefined && action !== 'created') return noKind(ev, action);
      const comment = obj(payload.comment);
      const id = int(comment?.id);
      if (comment === undefined || id === undefined) throw new Missing('payload.comment.id missing');
      const pr = obj(payload.pull_request);
      const n = numberOf(ev, pr, comment.pull_request_url, comment.html_url, pr?.url);
      const tf = fitted(ev, threadOf(ev, n), n);
      const inReplyTo = int(comment.in_reply_to_id);
      const at = timeOf(comment.created_at) ?? eventAt;
      const parent = inReplyTo === undefined ? -1 - tf : b.numberKey(NUMBERED.reviewComment, inReplyTo);
      const key = b.numberKey(NUMBERED.reviewComment, id);
      addReply(ev, key, 'reviewComment', comment, 'payload.comment.user', at, tf, parent);
      return;
    }
    case 'DiscussionEvent': {
      b.count('DiscussionEvent');
      const d = obj(payload.discussion);
      const n = numberOf(ev, d, d?.html_url);
      const t = threadOf(ev, n);
      const info = b.threadInfoOf(t);
      const category = obj(d?.category);
      if (category?.is_answerable === true) info.answerable = true;
      if (action === 'created') {
        const labels = labelsOf(d);
        for (const l of labels) info.labels.add(l);
        const name = str(category?.name);
        const at = timeOf(d?.created_at) ?? eventAt;
        const member = who(ev, userOf(d?.user, 'payload.discussion.user'), at);
        const tf = fitted(ev, t, n);
        addDraft(
          ev,
          -1 - tf,
          'discussion',
          member,
          at,
          tf,
          NONE,
          b.topicList(topicsOf(name === undefined ? labels : [name, ...labels])),
          textOf(ev, d?.title, d?.body),
          NONE,
          undefined,
        );
      } else if (action === 'answered') {
        info.answerable = true;
        const answer = obj(payload.answer);
        const id = int(answer?.id);
        if (answer === undefined || id === undefined) throw new Missing('payload.answer.id missing');
        const at = timeOf(answer.created_at) ?? eventAt;
        const tf = fitted(ev, t, n);
        const key = b.numberKey(NUMBERED.discussionComment, id);
        addReply(ev, key, 'answer', answer, 'payload.answer.user', at, tf, -1 - tf);
      } else noKind(ev, action ?? '?');
      return;
    }
    case 'ReleaseEvent':
      b.count('ReleaseEvent');
      return noKind(ev, action ?? 'published');
    case 'PushEvent': {
      b.count('PushEvent');
      if (!ctx.pushes) return noKind(ev, 'push (pushes: false)');
      const pushId = int(payload.push_id);
      const eventId = pushId === undefined ? str(e.id) : undefined;
      if (pushId === undefined && eventId === undefined) throw new Missing('payload.push_id missing');
      const key =
        pushId === undefined
          ? b.numberTextKey(NUMBERED.push, eventId as string)
          : b.numberKey(NUMBERED.push, pushId);
      const size = int(payload.distinct_size);
      const member = who(ev, undefined, eventAt);
      addDraft(
        ev,
        key,
        'push',
        member,
        eventAt,
        -1,
        NONE,
        -1,
        undefined,
        size !== undefined && size > 0 ? size : NONE,
        'pusher',
      );
      return;
    }
    default:
      b.tally.skip('event type not read', `${ctx.file}:${ctx.line} ${type}`);
  }
}
