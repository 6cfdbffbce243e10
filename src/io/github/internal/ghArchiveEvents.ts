import type { Provenance } from '../../../model/provenance.js';
import type { DraftActivity, ExtractBuilder, Role } from './extractBuilder.js';
import { topicsOf } from './extractBuilder.js';
import { githubTime, isObject, type Json, repoAndNumberOfUrl } from './fields.js';
import { threadId } from './restRecords.js';
import { accountOf, type GithubUser } from './users.js';

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

/** How events are read. */
export interface EventContext {
  b: ExtractBuilder;
  file: string;
  line: number;
  text: boolean;
  pushes: boolean;
}

/** A field that is missing or of the wrong type in an event: the event is skipped under this reason. */
class Missing extends Error {}

const MAX_TEXT = 100_000;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
const obj = (v: unknown): Json | undefined => (isObject(v) ? v : undefined);

/** The account of a user object if it names one, else undefined; a malformed one throws Missing. */
function userOf(v: unknown, path: string): GithubUser | undefined {
  const u = obj(v);
  if (u === undefined || (u.login === undefined && u.id === undefined)) return undefined;
  try {
    return accountOf(
      { fn: 'ghArchiveExtract', file: '', line: 1, record: '' },
      u.login,
      u.id,
      u.type,
      path,
      'type',
    );
  } catch {
    throw new Missing(`${path} is not a user`);
  }
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
  actor: GithubUser | undefined;
  payload: Json;
}

function provenanceOf(ev: Ev, role: string | undefined): Provenance {
  const p: Provenance = { source: 'github', file: ev.ctx.file, line: ev.ctx.line };
  const raw = ev.e.id;
  const id = str(raw) ?? (int(raw) === undefined ? undefined : String(raw));
  if (id !== undefined) p.sourceId = id.slice(0, 1000);
  if (role !== undefined) p.role = role;
  return p;
}

function textOf(ev: Ev, a: unknown, b?: unknown): string | undefined {
  if (!ev.ctx.text) return undefined;
  const parts = [a, b].filter((p): p is string => typeof p === 'string' && p !== '');
  return parts.length === 0 ? undefined : parts.join('\n\n').slice(0, MAX_TEXT);
}

function who(ev: Ev, u: GithubUser | undefined, at: number): string {
  const user = u ?? ev.actor;
  if (user === undefined) throw new Missing('no author and no actor');
  return ev.ctx.b.identity(user, at);
}

/**
 * Adds a comment, review or answer: `record`'s author (its `user`, read at
 * `userPath`) at `at`, in `thread`, answering `parent`, its body as text.
 */
function addReply(
  ev: Ev,
  id: string,
  role: Role,
  record: Json,
  userPath: string,
  at: number,
  thread: string,
  parent: string,
): void {
  addDraft(ev, id, role, who(ev, userOf(record.user, userPath), at), at, {
    thread,
    parent,
    text: textOf(ev, record.body),
  });
}

function noKind(ev: Ev, what: string): undefined {
  ev.ctx.b.tally.skip(`${ev.type} "${what}" (no activity kind for it)`, `${ev.ctx.file}:${ev.ctx.line}`);
  return undefined;
}

interface Extra {
  thread?: string;
  parent?: string;
  topics?: string[];
  text?: string | undefined;
  weight?: number;
  role?: string;
}

function addDraft(ev: Ev, id: string, role: Role, member: string, at: number, extra: Extra): void {
  const b = ev.ctx.b;
  b.repos.add(ev.repo);
  const d: DraftActivity = {
    id,
    memberId: member,
    at,
    role,
    channel: ev.repo.slice(0, 200),
    provenance: provenanceOf(ev, extra.role),
  };
  if (extra.thread !== undefined) d.thread = extra.thread;
  if (extra.parent !== undefined) d.parent = extra.parent;
  if (extra.topics !== undefined) d.topics = extra.topics;
  if (extra.text !== undefined) d.text = extra.text;
  if (extra.weight !== undefined) d.weight = extra.weight;
  b.add(d);
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

/** Maps one parsed GH Archive event (any of READ_EVENT_TYPES) into the builder; a trimmed payload degrades to what is present. */
export function mapEvent(ctx: EventContext, e: Json): void {
  const type = str(e.type) ?? '';
  try {
    mapTyped(ctx, e, type);
  } catch (error) {
    if (!(error instanceof Missing)) throw error;
    ctx.b.tally.skip(`${type}: ${error.message}`, `${ctx.file}:${ctx.line}`);
  }
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
  const ev: Ev = { ctx, e, type, repo, actor, payload };

  switch (type) {
    case 'IssuesEvent': {
      b.count('IssuesEvent');
      const issue = obj(payload.issue);
      const n = numberOf(ev, issue, issue?.url, issue?.html_url);
      const t = threadId(repo, n);
      if (action === 'opened') {
        const labels = labelsOf(issue);
        for (const l of labels) b.thread(t).labels.add(l);
        const at = timeOf(issue?.created_at) ?? eventAt;
        addDraft(ev, t, 'issue', who(ev, userOf(issue?.user, 'payload.issue.user'), at), at, {
          thread: t,
          topics: topicsOf(labels),
          text: textOf(ev, issue?.title, issue?.body),
        });
      } else if (action === 'labeled') {
        const name = str(obj(payload.label)?.name);
        if (name !== undefined) b.thread(t).labels.add(name);
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
      const t = threadId(repo, numberOf(ev, issue, comment.issue_url, comment.html_url));
      for (const l of labelsOf(issue)) b.thread(t).labels.add(l);
      const at = timeOf(comment.created_at) ?? eventAt;
      addReply(ev, `github:issuecomment:${id}`, 'issueComment', comment, 'payload.comment.user', at, t, t);
      return;
    }
    case 'PullRequestEvent': {
      b.count('PullRequestEvent');
      const pr = obj(payload.pull_request);
      const t = threadId(repo, numberOf(ev, pr, pr?.url, pr?.html_url));
      // Thread facts are kept only when they may matter (memory grows with what is kept).
      if (action === 'opened') {
        const labels = labelsOf(pr);
        for (const l of labels) b.thread(t).labels.add(l);
        const at = timeOf(pr?.created_at) ?? eventAt;
        addDraft(ev, t, 'pull', who(ev, userOf(pr?.user, 'payload.pull_request.user'), at), at, {
          thread: t,
          topics: topicsOf(labels),
          text: textOf(ev, pr?.title, pr?.body),
        });
      } else if (action === 'ready_for_review') {
        const info = b.thread(t);
        if (info.readyAt === undefined || eventAt < info.readyAt) info.readyAt = eventAt;
      } else {
        if (action === 'closed' && (pr?.merged === true || timeOf(pr?.merged_at) !== undefined))
          b.count('merged');
        if (action === 'labeled') {
          const name = str(obj(payload.label)?.name);
          if (name !== undefined) b.thread(t).labels.add(name);
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
      const t = threadId(repo, numberOf(ev, pr, review.pull_request_url, review.html_url, pr?.url));
      const at = timeOf(review.submitted_at) ?? eventAt;
      addReply(ev, `github:review:${id}`, 'review', review, 'payload.review.user', at, t, t);
      return;
    }
    case 'PullRequestReviewCommentEvent': {
      b.count('PullRequestReviewCommentEvent');
      if (action !== undefined && action !== 'created') return noKind(ev, action);
      const comment = obj(payload.comment);
      const id = int(comment?.id);
      if (comment === undefined || id === undefined) throw new Missing('payload.comment.id missing');
      const pr = obj(payload.pull_request);
      const t = threadId(repo, numberOf(ev, pr, comment.pull_request_url, comment.html_url, pr?.url));
      const inReplyTo = int(comment.in_reply_to_id);
      const at = timeOf(comment.created_at) ?? eventAt;
      const parent = inReplyTo === undefined ? t : `github:reviewcomment:${inReplyTo}`;
      addReply(
        ev,
        `github:reviewcomment:${id}`,
        'reviewComment',
        comment,
        'payload.comment.user',
        at,
        t,
        parent,
      );
      return;
    }
    case 'DiscussionEvent': {
      b.count('DiscussionEvent');
      const d = obj(payload.discussion);
      const t = threadId(repo, numberOf(ev, d, d?.html_url));
      const info = b.thread(t);
      const category = obj(d?.category);
      if (category?.is_answerable === true) info.answerable = true;
      if (action === 'created') {
        const labels = labelsOf(d);
        for (const l of labels) info.labels.add(l);
        const name = str(category?.name);
        const at = timeOf(d?.created_at) ?? eventAt;
        addDraft(ev, t, 'discussion', who(ev, userOf(d?.user, 'payload.discussion.user'), at), at, {
          thread: t,
          topics: topicsOf(name === undefined ? labels : [name, ...labels]),
          text: textOf(ev, d?.title, d?.body),
        });
      } else if (action === 'answered') {
        info.answerable = true;
        const answer = obj(payload.answer);
        const id = int(answer?.id);
        if (answer === undefined || id === undefined) throw new Missing('payload.answer.id missing');
        const at = timeOf(answer.created_at) ?? eventAt;
        addReply(ev, `github:discussioncomment:${id}`, 'answer', answer, 'payload.answer.user', at, t, t);
      } else noKind(ev, action ?? '?');
      return;
    }
    case 'ReleaseEvent':
      b.count('ReleaseEvent');
      return noKind(ev, action ?? 'published');
    case 'PushEvent': {
      b.count('PushEvent');
      if (!ctx.pushes) return noKind(ev, 'push (pushes: false)');
      const pushId = int(payload.push_id) ?? str(e.id);
      if (pushId === undefined) throw new Missing('payload.push_id missing');
      const size = int(payload.distinct_size);
      addDraft(ev, `github:push:${pushId}`, 'push', who(ev, undefined, eventAt), eventAt, {
        ...(size !== undefined && size > 0 ? { weight: size } : {}),
        role: 'pusher',
      });
      return;
    }
    default:
      b.tally.skip('event type not read', `${ctx.file}:${ctx.line} ${type}`);
  }
}
