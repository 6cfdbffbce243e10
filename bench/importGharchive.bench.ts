import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { ghArchiveExtract } from '../src/io/github/ghArchiveExtract.js';
import { createRng } from '../src/model/rng.js';
import type { Bench } from './harness.js';

/**
 * Events in the generated hour (GHARCHIVE_BENCH_EVENTS overrides). With
 * GHARCHIVE_BENCH_DAY=1 the bench instead writes a day as GH Archive
 * publishes it — 24 gzipped hourly files of EVENTS / 24 events each, about 4
 * million events with GHARCHIVE_BENCH_EVENTS=4000000 (several minutes, about
 * 3 GB of memory for the result) — and reads them in one ghArchiveExtract
 * call, without the plain file and the Python reference.
 */
const EVENTS = Number(process.env.GHARCHIVE_BENCH_EVENTS ?? 400_000);
const DAY = process.env.GHARCHIVE_BENCH_DAY === '1';
const REPOS = 5_000;
const USERS = 60_000;
const T0 = Date.UTC(2025, 9, 1, 15);

/** A body of about `n` characters of words (comments and descriptions have some text). */
function prose(rng: () => number, n: number): string {
  const words = [
    'the',
    'widget',
    'fails',
    'when',
    'config',
    'is',
    'missing',
    'please',
    'see',
    'logs',
    'thanks',
    'fix',
  ];
  let s = '';
  while (s.length < n) s += `${words[Math.floor(rng() * words.length)]} `;
  return s;
}

const user = (id: number) => ({
  login: `user${id}`,
  id,
  node_id: `U_${id.toString(36)}`,
  avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
  gravatar_id: '',
  url: `https://api.github.com/users/user${id}`,
  html_url: `https://github.com/user${id}`,
  type: 'User',
  site_admin: false,
});

/**
 * One GH Archive line: the listed types in proportions close to an hour of
 * 2025 (pushes most, then comments and pull requests), with full payloads
 * for issue comments and reviews (issue object, comment body) and trimmed
 * ones for pull requests and pushes (as written since October 2025); a fifth
 * of the lines are other types (WatchEvent, CreateEvent) the importer skips.
 */
function eventLine(i: number, rng: () => number): string {
  const actorId = 1 + Math.floor(USERS * rng() ** 2);
  const repoId = 1 + Math.floor(REPOS * rng() ** 2);
  const repoName = `org${repoId % 700}/repo${repoId}`;
  const api = `https://api.github.com/repos/${repoName}`;
  const number = 1 + Math.floor(rng() * 3000);
  const at = new Date(T0 + Math.floor((i / EVENTS) * 3_600_000)).toISOString().replace('.000Z', 'Z');
  const r = rng();
  let type: string;
  let payload: Record<string, unknown>;
  if (r < 0.35) {
    type = 'PushEvent';
    payload = {
      repository_id: repoId,
      push_id: 9e9 + i,
      ref: 'refs/heads/main',
      head: 'a'.repeat(40),
      before: 'b'.repeat(40),
    };
  } else if (r < 0.5) {
    type = 'IssueCommentEvent';
    const issue = {
      url: `${api}/issues/${number}`,
      repository_url: api,
      html_url: `https://github.com/${repoName}/issues/${number}`,
      id: 3e9 + number,
      node_id: `I_${number}`,
      number,
      title: prose(rng, 50),
      user: user(1 + Math.floor(rng() * USERS)),
      labels: rng() < 0.3 ? [{ id: 1, name: 'question', color: 'd876e3', default: true }] : [],
      state: 'open',
      comments: Math.floor(rng() * 10),
      created_at: '2025-09-30T10:00:00Z',
      updated_at: at,
      body: prose(rng, 400),
    };
    payload = {
      action: 'created',
      issue,
      comment: {
        url: `${api}/issues/comments/${4e9 + i}`,
        html_url: `https://github.com/${repoName}/issues/${number}#issuecomment-${4e9 + i}`,
        issue_url: `${api}/issues/${number}`,
        id: 4e9 + i,
        node_id: `IC_${i}`,
        user: user(actorId),
        created_at: at,
        updated_at: at,
        body: prose(rng, 300),
      },
    };
  } else if (r < 0.62) {
    type = 'PullRequestEvent';
    const action = rng() < 0.5 ? 'opened' : rng() < 0.5 ? 'closed' : 'ready_for_review';
    const ref = { ref: 'main', sha: 'c'.repeat(40), repo: { id: repoId, url: api, name: `repo${repoId}` } };
    payload = {
      action,
      number,
      pull_request: { url: `${api}/pulls/${number}`, id: 5e9 + number, number, head: ref, base: ref },
    };
  } else if (r < 0.67) {
    type = 'PullRequestReviewEvent';
    payload = {
      action: 'created',
      review: {
        id: 6e9 + i,
        node_id: `PRR_${i}`,
        user: user(actorId),
        body: prose(rng, 80),
        state: 'approved',
        submitted_at: at,
        pull_request_url: `${api}/pulls/${number}`,
      },
      pull_request: { url: `${api}/pulls/${number}`, id: 5e9 + number, number },
    };
  } else if (r < 0.72) {
    type = 'PullRequestReviewCommentEvent';
    payload = {
      action: 'created',
      comment: {
        id: 7e9 + i,
        node_id: `RC_${i}`,
        diff_hunk: prose(rng, 200),
        path: 'src/a.ts',
        user: user(actorId),
        body: prose(rng, 150),
        created_at: at,
        pull_request_url: `${api}/pulls/${number}`,
      },
      pull_request: { url: `${api}/pulls/${number}`, id: 5e9 + number, number },
    };
  } else if (r < 0.77) {
    type = 'IssuesEvent';
    payload = {
      action: rng() < 0.6 ? 'opened' : 'closed',
      issue: {
        url: `${api}/issues/${number}`,
        id: 3e9 + number,
        number,
        title: prose(rng, 50),
        user: user(actorId),
        labels: [],
        created_at: at,
        body: prose(rng, 500),
      },
    };
  } else if (r < 0.78) {
    type = 'DiscussionEvent';
    payload = {
      action: 'created',
      discussion: {
        number,
        title: prose(rng, 40),
        user: user(actorId),
        category: { name: 'Q&A', is_answerable: true },
        created_at: at,
        body: prose(rng, 300),
      },
    };
  } else if (r < 0.79) {
    type = 'ReleaseEvent';
    payload = {
      action: 'published',
      release: { tag_name: `v${number}`, name: `v${number}`, body: prose(rng, 300) },
    };
  } else if (r < 0.9) {
    type = 'WatchEvent';
    payload = { action: 'started' };
  } else {
    type = 'CreateEvent';
    payload = {
      ref: 'feature',
      ref_type: 'branch',
      master_branch: 'main',
      description: prose(rng, 60),
      pusher_type: 'user',
    };
  }
  return JSON.stringify({
    id: String(5e10 + i),
    type,
    actor: {
      id: actorId,
      login: `user${actorId}`,
      display_login: `user${actorId}`,
      gravatar_id: '',
      url: `https://api.github.com/users/user${actorId}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${actorId}?`,
    },
    repo: { id: repoId, name: repoName, url: api },
    payload,
    public: true,
    created_at: at,
  });
}

/** Writes events `from`…`to` − 1 as gzipped JSON lines (level 1) to `gzPath`; returns the bytes of lines. */
async function writeGzipped(gzPath: string, rng: () => number, from: number, to: number): Promise<number> {
  const gz = createGzip({ level: 1 });
  const done = pipeline(gz, createWriteStream(gzPath));
  let bytes = 0;
  let buf: string[] = [];
  for (let i = from; i < to; i++) {
    const line = `${eventLine(i, rng)}\n`;
    bytes += Buffer.byteLength(line);
    buf.push(line);
    if (buf.length === 2000 || i === to - 1) {
      if (!gz.write(buf.join(''))) await new Promise((r) => gz.once('drain', () => r(undefined)));
      buf = [];
    }
  }
  gz.end();
  await done;
  return bytes;
}

async function writeHour(path: string, gzPath: string): Promise<number> {
  const rng = createRng(17);
  const out = createWriteStream(path);
  let bytes = 0;
  let buf: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const line = `${eventLine(i, rng)}\n`;
    bytes += Buffer.byteLength(line);
    buf.push(line);
    if (buf.length === 2000) {
      if (!out.write(buf.join(''))) await new Promise((r) => out.once('drain', () => r(undefined)));
      buf = [];
    }
  }
  out.end(buf.join(''));
  await new Promise((r) => out.once('finish', () => r(undefined)));
  await pipeline(createReadStream(path), createGzip({ level: 1 }), createWriteStream(gzPath));
  return bytes;
}

/** Reads `path` with ghArchiveExtract, sampling RSS while it runs: ms, activities, peak RSS (MB). */
async function ours(
  path: string | string[],
): Promise<{ ms: number; cpuMs: number; activities: number; peakMb: number; baseMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseMb = process.memoryUsage().rss / 1e6;
  let peak = baseMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss / 1e6);
  }, 20);
  const t = performance.now();
  const cpu = process.cpuUsage();
  const x = await ghArchiveExtract(
    (Array.isArray(path) ? path : [path]).map((p) => ({
      name: p,
      input: createReadStream(p, { highWaterMark: 1 << 20 }),
    })),
  );
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss / 1e6);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    activities: x.activities.length,
    peakMb: peak,
    baseMb,
  };
}

const PY = `
import gzip, json, sys, time
path = sys.argv[1]
t = time.perf_counter()
c = time.process_time()
n = 0
with (gzip.open(path, 'rb') if path.endswith('.gz') else open(path, 'rb')) as f:
    for line in f:
        json.loads(line)
        n += 1
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "cpuMs": (time.process_time() - c) * 1000, "n": n}))
`;

function python(b: Bench, path: string): { ms: number; cpuMs: number } | undefined {
  if (!b.hasPython('json')) return undefined;
  const script = join(b.tmpDir, 'read_lines.py');
  writeFileSync(script, PY);
  const r = spawnSync('python3', [script, path], { encoding: 'utf8' });
  if (r.status !== 0) {
    b.note(`python failed: ${(r.stderr || '').trim().split('\n').pop()}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim()) as { ms: number; cpuMs: number };
}

/** ghArchiveExtract on a generated hour of GH Archive (400,000 events), plain and gzipped, against python's json.loads per line. */
export default async function (b: Bench): Promise<void> {
  if (DAY) {
    await day(b);
    return;
  }
  const path = join(b.tmpDir, 'hour.json');
  const gzPath = join(b.tmpDir, 'hour.json.gz');
  const bytes = await writeHour(path, gzPath);
  const mb = bytes / 1e6;
  b.note(
    `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores: wall-clock figures shrink on a busy machine`,
  );
  b.note(
    `input: ${EVENTS.toLocaleString('en')} events, ${mb.toFixed(0)} MB of lines (${(bytes / EVENTS).toFixed(0)} B/event), ${(statSync(gzPath).size / 1e6).toFixed(0)} MB gzipped; reference: python3 json.loads per line, same file`,
  );
  for (const [label, file] of [
    ['plain', path],
    ['gzipped', gzPath],
  ] as const) {
    const r = await ours(file);
    const py = python(b, file);
    b.report(`ghArchiveExtract, ${label} hour file (target ≥ 50 MB/s)`, mb / (r.ms / 1000), 'MB/s', {
      name: 'python json.loads',
      value: py === undefined ? undefined : mb / (py.ms / 1000),
    });
    b.report(`  MB per CPU second (${label}; fairer on a busy machine)`, mb / (r.cpuMs / 1000), 'MB/s', {
      name: 'python json.loads',
      value: py === undefined ? undefined : mb / (py.cpuMs / 1000),
    });
    b.report(`  events/s (${label})`, EVENTS / (r.ms / 1000), 'events/s');
    b.report(
      `  peak RSS while reading (${label}; ${r.activities.toLocaleString('en')} activities kept)`,
      r.peakMb,
      'MB',
    );
    b.report(`  RSS added by the result and the read (${label})`, r.peakMb - r.baseMb, 'MB');
  }
}

/** A day of GH Archive: 24 gzipped hourly files read in one call (GHARCHIVE_BENCH_DAY=1). */
async function day(b: Bench): Promise<void> {
  const rng = createRng(17);
  const paths: string[] = [];
  let bytes = 0;
  let gzBytes = 0;
  for (let h = 0; h < 24; h++) {
    const p = join(b.tmpDir, `day-${String(h).padStart(2, '0')}.json.gz`);
    bytes += await writeGzipped(p, rng, Math.floor((h * EVENTS) / 24), Math.floor(((h + 1) * EVENTS) / 24));
    gzBytes += statSync(p).size;
    paths.push(p);
  }
  const mb = bytes / 1e6;
  b.note(
    `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores: wall-clock figures shrink on a busy machine`,
  );
  b.note(
    `input: a day, ${EVENTS.toLocaleString('en')} events in 24 hourly files, ${mb.toFixed(0)} MB of lines, ${(gzBytes / 1e6).toFixed(0)} MB gzipped; no reference (run without GHARCHIVE_BENCH_DAY for python's figure)`,
  );
  const r = await ours(paths);
  b.report('ghArchiveExtract, a day of gzipped hourly files (target ≥ 50 MB/s)', mb / (r.ms / 1000), 'MB/s');
  b.report('  MB per CPU second (fairer on a busy machine)', mb / (r.cpuMs / 1000), 'MB/s');
  b.report('  events/s', EVENTS / (r.ms / 1000), 'events/s');
  b.report('  events per CPU second', EVENTS / (r.cpuMs / 1000), 'events/s');
  b.report(`  peak RSS while reading (${r.activities.toLocaleString('en')} activities kept)`, r.peakMb, 'MB');
  b.report('  RSS added by the result and the read', r.peakMb - r.baseMb, 'MB');
}
