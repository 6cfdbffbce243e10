import { topicsOf } from './extractBuilder.js';
import {
  fail,
  isObject,
  type Json,
  optArray,
  optObject,
  optString,
  repoAndNumberOfUrl,
  reqId,
  reqTime,
} from './fields.js';
import { type MapContext, threadId } from './restRecords.js';
import { accountOf, type GithubUser } from './users.js';

const MAX_TEXT = 100_000;

function authorOf(ctx: MapContext, o: Json, path: string): GithubUser | undefined {
  const a = optObject(ctx.at, o, 'author', path);
  if (a === undefined) return undefined;
  return accountOf(ctx.at, a.login, a.databaseId, a.__typename, `${path}.author`, '__typename');
}

function commentId(node: Json): string | undefined {
  if (typeof node.databaseId === 'number') return `github:discussioncomment:${node.databaseId}`;
  if (typeof node.id === 'string' && node.id !== '') return `github:discussioncomment:${node.id}`;
  return undefined;
}

function sourceIdOf(node: Json): string | undefined {
  if (typeof node.id === 'string' && node.id !== '') return node.id.slice(0, 1000);
  if (typeof node.databaseId === 'number') return String(node.databaseId);
  return undefined;
}

function nodesOf(ctx: MapContext, o: Json, key: string, path: string): { nodes: unknown[]; total?: number } {
  const conn = optObject(ctx.at, o, key, path);
  if (conn === undefined) return { nodes: [] };
  const nodes = optArray(ctx.at, conn, 'nodes', `${path}.${key}`);
  const total = typeof conn.totalCount === 'number' ? conn.totalCount : undefined;
  return total === undefined ? { nodes } : { nodes, total };
}

/**
 * One page of `gh api graphql` output for discussions
 * (`data.repository.discussions.nodes[]`, with comments and their replies):
 * each discussion opens a thread (`post`), its comments reply to it, the
 * replies to a comment reply to that comment, and the comment marked as the
 * answer (`isAnswer`, or the discussion's `answer`) is an `answer`.
 */
export function mapDiscussionsPage(ctx: MapContext, o: Json): void {
  const data = optObject(ctx.at, o, 'data', '');
  if (data === undefined || data.repository === undefined) {
    const errors = optArray(ctx.at, o, 'errors', '');
    const first = errors.find(isObject);
    fail(
      ctx.at,
      errors.length > 0 ? '.errors' : '.data',
      errors.length > 0
        ? `the GraphQL query failed: ${typeof first?.message === 'string' ? first.message.slice(0, 300) : 'no message'}`
        : 'expected data.repository.discussions (the output of the discussions query in docs/io/github.md)',
    );
  }
  const repository = optObject(ctx.at, data, 'repository', '.data');
  if (repository === undefined)
    fail(ctx.at, '.data.repository', 'null: the repository was not found or is not visible');
  const discussionsConn = optObject(ctx.at, repository, 'discussions', '.data.repository');
  if (discussionsConn === undefined)
    fail(
      ctx.at,
      '.data.repository.discussions',
      'expected the discussions connection (see docs/io/github.md)',
    );
  const repoName = optString(ctx.at, repository, 'nameWithOwner', '.data.repository');
  const list = optArray(ctx.at, discussionsConn, 'nodes', '.data.repository.discussions');
  list.forEach((d, i) => {
    const path = `.data.repository.discussions.nodes[${i}]`;
    if (!isObject(d)) fail(ctx.at, path, 'expected a discussion object');
    mapDiscussion(ctx, d, path, repoName);
  });
}

function mapDiscussion(ctx: MapContext, d: Json, path: string, repoName: string | undefined): void {
  const number = reqId(ctx.at, d, 'number', path);
  const url = optString(ctx.at, d, 'url', path);
  const repo = repoName ?? (url === undefined ? undefined : repoAndNumberOfUrl(url)?.repo);
  if (repo === undefined)
    fail(ctx.at, `${path}.url`, 'expected the discussion URL or repository.nameWithOwner');
  ctx.b.count('discussions');
  const t = threadId(repo, number);
  const info = ctx.b.thread(t);
  const category = optObject(ctx.at, d, 'category', path);
  if (category?.isAnswerable === true) info.answerable = true;
  const answer = optObject(ctx.at, d, 'answer', path);
  if (answer !== undefined) {
    const aid = commentId(answer);
    if (aid !== undefined) info.answerId = aid;
  }
  const labels: string[] = [];
  for (const l of nodesOf(ctx, d, 'labels', path).nodes)
    if (isObject(l) && typeof l.name === 'string') labels.push(l.name);
  for (const l of labels) info.labels.add(l);
  const categoryName =
    category === undefined ? undefined : optString(ctx.at, category, 'name', `${path}.category`);
  const created = reqTime(ctx.at, d, 'createdAt', path);
  const author = authorOf(ctx, d, path);
  ctx.b.repos.add(repo);
  if (author === undefined)
    ctx.b.tally.skip('discussion by a deleted account (no author)', `${ctx.at.file} ${path}`);
  else
    ctx.b.add({
      id: t,
      memberId: ctx.b.identity(author, created),
      at: created,
      role: 'discussion',
      channel: repo.slice(0, 200),
      thread: t,
      topics: topicsOf(categoryName === undefined ? labels : [categoryName, ...labels]),
      text: text(ctx, d, ['title', 'body']),
      provenance: provenance(ctx, d, path),
    });
  const comments = nodesOf(ctx, d, 'comments', path);
  if (comments.total !== undefined && comments.total > comments.nodes.length)
    ctx.b.tally.skip(
      'discussion comments beyond the page the export holds (raise comments(first:) or page them)',
      `${repo}#${number}: ${comments.nodes.length} of ${comments.total}`,
    );
  comments.nodes.forEach((c, j) => {
    const cpath = `${path}.comments.nodes[${j}]`;
    if (!isObject(c)) fail(ctx.at, cpath, 'expected a comment object');
    const cid = commentId(c);
    if (cid === undefined) fail(ctx.at, `${cpath}.id`, 'expected the comment id or databaseId');
    if (c.isAnswer === true) info.answerId = cid;
    ctx.b.count('discussionComments');
    addComment(ctx, c, cpath, cid, 'discussionComment', t, t, repo);
    const replies = nodesOf(ctx, c, 'replies', cpath);
    if (replies.total !== undefined && replies.total > replies.nodes.length)
      ctx.b.tally.skip(
        'discussion replies beyond the page the export holds (raise replies(first:) or page them)',
        `${repo}#${number}: ${replies.nodes.length} of ${replies.total}`,
      );
    replies.nodes.forEach((r, k) => {
      const rpath = `${cpath}.replies.nodes[${k}]`;
      if (!isObject(r)) fail(ctx.at, rpath, 'expected a reply object');
      const rid = commentId(r);
      if (rid === undefined) fail(ctx.at, `${rpath}.id`, 'expected the reply id or databaseId');
      ctx.b.count('discussionReplies');
      addComment(ctx, r, rpath, rid, 'discussionReply', t, cid, repo);
    });
  });
}

function addComment(
  ctx: MapContext,
  c: Json,
  path: string,
  id: string,
  role: 'discussionComment' | 'discussionReply',
  thread: string,
  parent: string,
  repo: string,
): void {
  const created = reqTime(ctx.at, c, 'createdAt', path);
  const author = authorOf(ctx, c, path);
  if (author === undefined) {
    ctx.b.tally.skip('discussion comment by a deleted account (no author)', `${ctx.at.file} ${path}`);
    return;
  }
  ctx.b.add({
    id,
    memberId: ctx.b.identity(author, created),
    at: created,
    role,
    channel: repo.slice(0, 200),
    thread,
    parent,
    text: text(ctx, c, ['body']),
    provenance: provenance(ctx, c, path),
  });
}

function text(ctx: MapContext, o: Json, keys: string[]): string | undefined {
  if (!ctx.text) return undefined;
  const t = keys
    .map((k) => o[k])
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join('\n\n');
  return t === '' ? undefined : t.slice(0, MAX_TEXT);
}

function provenance(ctx: MapContext, node: Json, path: string) {
  const p: { source: string; sourceId?: string; file: string; line: number; record: string } = {
    source: 'github',
    file: ctx.at.file,
    line: ctx.at.line,
    record: `${ctx.at.record}${path}`.slice(0, 1000),
  };
  const sid = sourceIdOf(node);
  if (sid !== undefined) p.sourceId = sid;
  return p;
}
