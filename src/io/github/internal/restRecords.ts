import type { ExtractBuilder } from './extractBuilder.js';
import { topicsOf } from './extractBuilder.js';
import {
  fail,
  isObject,
  type Json,
  optArray,
  optId,
  optObject,
  optString,
  optTime,
  type RecordAt,
  repoAndNumberOfUrl,
  repoOfUrl,
  reqId,
  reqTime,
} from './fields.js';
import { restUser } from './users.js';

/** The kinds of record a GitHub REST export may hold, told apart by their fields. */
export type RestKind =
  | 'issue'
  | 'pull'
  | 'issueComment'
  | 'reviewComment'
  | 'review'
  | 'commit'
  | 'issueEvent'
  | 'graphql'
  | 'event'
  | 'apiError';

/** The kind of a REST record from its shape, or undefined when it is none of them. */
export function restKindOf(o: Json): RestKind | undefined {
  if ('data' in o || ('errors' in o && Array.isArray(o.errors))) return 'graphql';
  if (typeof o.type === 'string' && isObject(o.payload) && isObject(o.actor)) return 'event';
  if (typeof o.message === 'string' && 'documentation_url' in o) return 'apiError';
  if (typeof o.sha === 'string' && isObject(o.commit)) return 'commit';
  if (typeof o.event === 'string' && 'created_at' in o) return 'issueEvent';
  if ('diff_hunk' in o || 'pull_request_review_id' in o) return 'reviewComment';
  if ('submitted_at' in o || ('pull_request_url' in o && 'state' in o && 'commit_id' in o)) return 'review';
  if ('number' in o && 'head' in o && 'base' in o) return 'pull';
  if ('number' in o && 'title' in o && 'user' in o) return 'issue';
  if ('issue_url' in o && 'user' in o && 'created_at' in o) return 'issueComment';
  return undefined;
}

/** What mapping a record needs besides the record. */
export interface MapContext {
  b: ExtractBuilder;
  at: RecordAt;
  text: boolean;
}

const MAX_TEXT = 100_000;

function textOf(ctx: MapContext, ...parts: (string | undefined)[]): string | undefined {
  if (!ctx.text) return undefined;
  const t = parts.filter((p) => p !== undefined && p !== '').join('\n\n');
  return t === '' ? undefined : t.slice(0, MAX_TEXT);
}

/** The record's GitHub id for provenance: its node_id when present, else its numeric id. */
function sourceIdOf(ctx: MapContext, o: Json): string | undefined {
  const node = optString(ctx.at, o, 'node_id', '');
  if (node !== undefined && node !== '') return node.slice(0, 1000);
  const id = o.id;
  return typeof id === 'number' || (typeof id === 'string' && id !== '')
    ? String(id).slice(0, 1000)
    : undefined;
}

function provenanceOf(ctx: MapContext, o: Json) {
  const p: { source: string; sourceId?: string; file: string; line: number; record: string } = {
    source: 'github',
    file: ctx.at.file,
    line: ctx.at.line,
    record: ctx.at.record,
  };
  const sid = sourceIdOf(ctx, o);
  if (sid !== undefined) p.sourceId = sid;
  return p;
}

/** Label names of a `labels` array (objects with `name`, or strings). */
export function labelNames(ctx: MapContext, o: Json, path: string): string[] {
  const out: string[] = [];
  const labels = optArray(ctx.at, o, 'labels', path);
  labels.forEach((l, i) => {
    if (typeof l === 'string') out.push(l);
    else if (isObject(l)) {
      const name = optString(ctx.at, l, 'name', `${path}.labels[${i}]`);
      if (name !== undefined) out.push(name);
    } else fail(ctx.at, `${path}.labels[${i}]`, 'expected a label object or name');
  });
  return out;
}

/** The thread id of issue or pull request `number` of `repo`. */
export const threadId = (repo: string, number: number): string => `github:${repo}#${number}`;

function locate(ctx: MapContext, o: Json, urlKeys: readonly string[]): { repo: string; number: number } {
  for (const k of urlKeys) {
    const url = optString(ctx.at, o, k, '');
    if (url === undefined) continue;
    const found = repoAndNumberOfUrl(url);
    if (found !== undefined) return found;
  }
  return fail(
    ctx.at,
    `.${urlKeys[0]}`,
    `expected the URL of an issue or pull request (…/repos/OWNER/REPO/issues/N), to know which thread this belongs to`,
  );
}

function skipDeleted(ctx: MapContext, what: string): void {
  ctx.b.tally.skip(`${what} by a deleted account (no user)`, `${ctx.at.file}:${ctx.at.line}`);
}

/** The record's author (its `user`), or undefined once the record is counted as by a deleted account. */
function authorOf(ctx: MapContext, o: Json, what: string): ReturnType<typeof restUser> {
  const user = restUser(ctx.at, o, 'user', '');
  if (user === undefined) skipDeleted(ctx, what);
  return user;
}

/** An issue, or a pull request as the issues endpoint lists it (with a `pull_request` key). */
export function mapIssue(ctx: MapContext, o: Json): void {
  const number = reqId(ctx.at, o, 'number', '');
  const urlRepo =
    repoOfUrl(optString(ctx.at, o, 'repository_url', '') ?? '') ?? locate(ctx, o, ['url', 'html_url']).repo;
  const isPull = o.pull_request !== undefined && o.pull_request !== null;
  ctx.b.count(isPull ? 'pullRequests' : 'issues');
  const t = threadId(urlRepo, number);
  const info = ctx.b.thread(t);
  if (o.draft === true) info.draftNow = true;
  const labels = labelNames(ctx, o, '');
  for (const l of labels) info.labels.add(l);
  const created = reqTime(ctx.at, o, 'created_at', '');
  const user = authorOf(ctx, o, isPull ? 'pull request' : 'issue');
  if (user === undefined) return;
  ctx.b.repos.add(urlRepo);
  ctx.b.add({
    id: t,
    memberId: ctx.b.identity(user, created),
    at: created,
    role: isPull ? 'pull' : 'issue',
    channel: urlRepo.slice(0, 200),
    thread: t,
    topics: topicsOf(labels),
    text: textOf(ctx, optString(ctx.at, o, 'title', ''), optString(ctx.at, o, 'body', '')),
    provenance: provenanceOf(ctx, o),
  });
}

/** A pull request as the pulls endpoint returns it. */
export function mapPull(ctx: MapContext, o: Json): void {
  const number = reqId(ctx.at, o, 'number', '');
  const base = optObject(ctx.at, o, 'base', '');
  const baseRepo = base === undefined ? undefined : optObject(ctx.at, base, 'repo', '.base');
  const repo =
    (baseRepo === undefined ? undefined : optString(ctx.at, baseRepo, 'full_name', '.base.repo')) ??
    locate(ctx, o, ['url', 'html_url', 'issue_url']).repo;
  ctx.b.count('pullRequests');
  if (optTime(ctx.at, o, 'merged_at', '') !== undefined || o.merged === true) ctx.b.count('merged');
  const t = threadId(repo, number);
  const info = ctx.b.thread(t);
  if (o.draft === true) info.draftNow = true;
  const labels = labelNames(ctx, o, '');
  for (const l of labels) info.labels.add(l);
  const created = reqTime(ctx.at, o, 'created_at', '');
  const user = authorOf(ctx, o, 'pull request');
  if (user === undefined) return;
  ctx.b.repos.add(repo);
  ctx.b.add({
    id: t,
    memberId: ctx.b.identity(user, created),
    at: created,
    role: 'pull',
    channel: repo.slice(0, 200),
    thread: t,
    topics: topicsOf(labels),
    text: textOf(ctx, optString(ctx.at, o, 'title', ''), optString(ctx.at, o, 'body', '')),
    provenance: provenanceOf(ctx, o),
  });
}

/** What a comment or review adds: who, when, where it answers. */
interface BodyRecord {
  id: string;
  user: Parameters<ExtractBuilder['identity']>[0];
  at: number;
  role: 'issueComment' | 'reviewComment' | 'review';
  repo: string;
  thread: string;
  parent: string;
}

/** Adds a comment or review of the thread `r.thread`, its body as text. */
function addBodyRecord(ctx: MapContext, o: Json, r: BodyRecord): void {
  ctx.b.repos.add(r.repo);
  ctx.b.add({
    id: r.id,
    memberId: ctx.b.identity(r.user, r.at),
    at: r.at,
    role: r.role,
    channel: r.repo.slice(0, 200),
    thread: r.thread,
    parent: r.parent,
    text: textOf(ctx, optString(ctx.at, o, 'body', '')),
    provenance: provenanceOf(ctx, o),
  });
}

/** A comment on an issue or pull request (the conversation tab). */
export function mapIssueComment(ctx: MapContext, o: Json): void {
  const id = reqId(ctx.at, o, 'id', '');
  const { repo, number } = locate(ctx, o, ['issue_url', 'html_url']);
  ctx.b.count('issueComments');
  const created = reqTime(ctx.at, o, 'created_at', '');
  const user = authorOf(ctx, o, 'comment');
  if (user === undefined) return;
  const t = threadId(repo, number);
  addBodyRecord(ctx, o, {
    id: `github:issuecomment:${id}`,
    user,
    at: created,
    role: 'issueComment',
    repo,
    thread: t,
    parent: t,
  });
}

/** A review comment (on a line of a pull request's diff); a reply to another one answers it. */
export function mapReviewComment(ctx: MapContext, o: Json): void {
  const id = reqId(ctx.at, o, 'id', '');
  const links = optObject(ctx.at, o, '_links', '');
  const prLink = links === undefined ? undefined : optObject(ctx.at, links, 'pull_request', '._links');
  const where =
    prLink !== undefined && typeof prLink.href === 'string' && repoAndNumberOfUrl(prLink.href) !== undefined
      ? repoAndNumberOfUrl(prLink.href)
      : undefined;
  const { repo, number } = where ?? locate(ctx, o, ['pull_request_url', 'html_url']);
  ctx.b.count('reviewComments');
  const created = reqTime(ctx.at, o, 'created_at', '');
  const user = authorOf(ctx, o, 'review comment');
  if (user === undefined) return;
  const t = threadId(repo, number);
  const inReplyTo = optId(ctx.at, o, 'in_reply_to_id', '');
  addBodyRecord(ctx, o, {
    id: `github:reviewcomment:${id}`,
    user,
    at: created,
    role: 'reviewComment',
    repo,
    thread: t,
    parent: inReplyTo === undefined ? t : `github:reviewcomment:${inReplyTo}`,
  });
}

/** A submitted review of a pull request (approve, request changes, comment, dismissed); pending reviews are not submitted. */
export function mapReview(ctx: MapContext, o: Json): void {
  const id = reqId(ctx.at, o, 'id', '');
  const { repo, number } = locate(ctx, o, ['pull_request_url', 'html_url']);
  ctx.b.count('reviews');
  const state = optString(ctx.at, o, 'state', '');
  const submitted = optTime(ctx.at, o, 'submitted_at', '');
  if (submitted === undefined || state === 'PENDING') {
    ctx.b.tally.skip('pending review (not submitted)', `${ctx.at.file}:${ctx.at.line}`);
    return;
  }
  const user = authorOf(ctx, o, 'review');
  if (user === undefined) return;
  const t = threadId(repo, number);
  addBodyRecord(ctx, o, {
    id: `github:review:${id}`,
    user,
    at: submitted,
    role: 'review',
    repo,
    thread: t,
    parent: t,
  });
}

/** An issue event from `repos/OWNER/REPO/issues/events`: `ready_for_review` dates a draft's start; the rest is counted. */
export function mapIssueEvent(ctx: MapContext, o: Json): void {
  const event = optString(ctx.at, o, 'event', '') ?? '';
  ctx.b.count('issueEvents');
  if (event === 'merged') ctx.b.count('merged');
  if (event !== 'ready_for_review') {
    ctx.b.tally.skip(
      'issue event other than ready_for_review (no activity kind)',
      `${ctx.at.file}:${ctx.at.line} ${event}`,
    );
    return;
  }
  const when = reqTime(ctx.at, o, 'created_at', '');
  const issue = optObject(ctx.at, o, 'issue', '');
  if (issue === undefined)
    fail(
      ctx.at,
      '.issue',
      'expected the issue object (save repos/OWNER/REPO/issues/events, which names the issue of each event)',
    );
  const number = reqId(ctx.at, issue, 'number', '.issue');
  const repo =
    repoOfUrl(optString(ctx.at, issue, 'repository_url', '.issue') ?? '') ??
    locate(ctx, issue, ['url', 'html_url']).repo;
  const info = ctx.b.thread(threadId(repo, number));
  if (info.readyAt === undefined || when < info.readyAt) info.readyAt = when;
}
