import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../src/io/chat/exportInput.js';
import { parseDomainMap, parseEmailMap } from '../../src/io/core/affiliationMaps.js';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { parseIdentityAliases } from '../../src/io/core/identityAliases.js';
import { parseMailmap } from '../../src/io/core/mailmap.js';
import { resolveIdentities } from '../../src/io/core/resolveIdentities.js';
import { SourceExtractSchema } from '../../src/io/core/sourceExtract.js';
import { parseAttendanceCsv } from '../../src/io/csv/parseAttendanceCsv.js';
import { parseRoleAssignmentsCsv } from '../../src/io/csv/parseRoleAssignmentsCsv.js';
import { parseRosterCsv } from '../../src/io/csv/parseRosterCsv.js';
import { parseSkillSurveyCsv } from '../../src/io/csv/parseSkillSurveyCsv.js';
import { importDiscord } from '../../src/io/discord/importDiscord.js';
import { importDiscourse } from '../../src/io/discourse/importDiscourse.js';
import { gitExtract } from '../../src/io/git/gitExtract.js';
import { parseGitLog } from '../../src/io/git/parseGitLog.js';
import { ghArchiveExtract } from '../../src/io/github/ghArchiveExtract.js';
import { githubExtract } from '../../src/io/github/githubExtract.js';
import { readMbox, readMboxFiles } from '../../src/io/mbox/readMbox.js';
import { parseCommunityJson } from '../../src/io/parseCommunityJson.js';
import { pseudonymise } from '../../src/io/pseudonymise.js';
import { pseudonymiseExtract } from '../../src/io/pseudonymiseExtract.js';
import { importSlack } from '../../src/io/slack/importSlack.js';
import { importZulip } from '../../src/io/zulip/importZulip.js';
import { isCommunityKitError } from '../../src/model/errors.js';
import { createRng } from '../../src/model/rng.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import * as fuzz from './internal/hostileValues.js';
import { type Mutation, mutateText } from './internal/mutations.js';

/**
 * Feeds every io adapter its own fixtures mutated (truncated, bytes
 * garbled, ids replaced by `__proto__`/`valueOf`, dates moved to the ends of
 * time, numbers made huge, JSON values swapped for values of another shape),
 * other adapters' files and plain garbage, with a fixed seed: an adapter
 * either returns a valid SourceExtract (or its documented result) or throws
 * a CommunityKitError — never a raw TypeError, RangeError or SyntaxError.
 */

const CASES_PER_ADAPTER = fuzz.fuzzCases(40);

const fixtures = join(__dirname, '..', 'fixtures');
const bytesOf = (...path: string[]): Uint8Array => new Uint8Array(readFileSync(join(fixtures, ...path)));

/** Every file under a fixture folder, as export files with relative paths. */
function folder(...path: string[]): ExportFile[] {
  const dir = join(fixtures, ...path);
  const out: ExportFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p).split('\\').join('/'), bytes: new Uint8Array(readFileSync(p)) });
    }
  };
  walk(dir);
  return out;
}

const decode = (b: Uint8Array): string => new TextDecoder().decode(b);
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Files of other kinds, fed to each adapter as its input. */
const wrongKinds: readonly Uint8Array[] = [
  bytesOf('zulip', 'export', 'avatars', '10.png'),
  bytesOf('git', 'quirks.log'),
  bytesOf('mbox', 'basic.mbox'),
  bytesOf('csv', 'roster.csv'),
  bytesOf('github', 'issues.json'),
  bytesOf('slack', 'export', 'users.json'),
  new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), // a gzip header, then garbage
  new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]), // a ZIP header, then nothing
  new Uint8Array(0),
];

/** An adapter under test: its valid input as files, and how to call it on (mutated) files. */
interface Adapter {
  readonly name: string;
  readonly files: readonly ExportFile[];
  readonly call: (files: readonly ExportFile[]) => Promise<unknown>;
  /** Whether the result is a SourceExtract to validate. */
  readonly extract: boolean;
}

const one = (f: readonly ExportFile[]): Uint8Array =>
  (f[0]?.bytes as Uint8Array | undefined) ?? encode(f[0]?.text ?? '');
const single = (path: string, bytes: Uint8Array): ExportFile[] => [{ path, bytes }];

const community = sampleCommunity({
  seed: 2,
  members: 10,
  months: 1,
  asOf: new Date('2025-06-01T00:00:00Z'),
});
const KEY = 'a fuzzing key that is long enough';

const adapters: readonly Adapter[] = [
  {
    name: 'gitExtract',
    files: single('medium.log', bytesOf('git', 'medium.log')),
    call: (f) => gitExtract(one(f), { file: 'x.log', repository: 'r' }),
    extract: true,
  },
  {
    name: 'parseGitLog',
    files: single('quirks.log', bytesOf('git', 'quirks.log')),
    call: async (f) => {
      const out: unknown[] = [];
      for await (const c of parseGitLog(one(f))) out.push(c);
      return out;
    },
    extract: false,
  },
  {
    name: 'readMbox',
    files: single('hyperkitty-thread.mbox', bytesOf('mbox', 'hyperkitty-thread.mbox')),
    call: (f) => readMbox(one(f), { file: 'list.mbox' }),
    extract: true,
  },
  {
    name: 'readMboxFiles',
    files: [
      { path: '2024-January.txt', bytes: bytesOf('mbox', '2024-January.txt') },
      { path: 'charsets.mbox', bytes: bytesOf('mbox', 'charsets.mbox') },
    ],
    call: (f) => readMboxFiles(f.map((x) => ({ file: x.path, input: one([x]) }))),
    extract: true,
  },
  {
    name: 'githubExtract',
    files: ['issues.json', 'pulls.jsonl', 'issue-comments.json', 'reviews.json', 'discussions.json'].map(
      (n) => ({ path: n, bytes: bytesOf('github', n) }),
    ),
    call: (f) => githubExtract(f.map((x) => ({ name: x.path, input: one([x]) }))),
    extract: true,
  },
  {
    name: 'ghArchiveExtract',
    files: single('2025-11-01-10.json', bytesOf('github', 'gharchive-2025-11-01-10.json')),
    call: (f) => ghArchiveExtract(f.map((x) => ({ name: x.path, input: one([x]) }))),
    extract: true,
  },
  { name: 'importSlack', files: folder('slack', 'export'), call: (f) => importSlack(f), extract: true },
  { name: 'importZulip', files: folder('zulip', 'export'), call: (f) => importZulip(f), extract: true },
  { name: 'importDiscord', files: folder('discord'), call: (f) => importDiscord(f), extract: true },
  { name: 'importDiscourse', files: folder('discourse'), call: (f) => importDiscourse(f), extract: true },
  {
    name: 'parseRosterCsv',
    files: single('roster.csv', bytesOf('csv', 'roster.csv')),
    call: (f) => parseRosterCsv(one(f), { dateOrder: 'dmy' }),
    extract: true,
  },
  {
    name: 'parseRoleAssignmentsCsv',
    files: single('roles.csv', bytesOf('csv', 'roles.csv')),
    call: (f) => parseRoleAssignmentsCsv(one(f), { roles: { 'Community Manager': 'community-manager' } }),
    extract: true,
  },
  {
    name: 'parseAttendanceCsv (zoom)',
    files: single('zoom.csv', bytesOf('csv', 'zoom-participants.csv')),
    call: (f) => parseAttendanceCsv(one(f), { tool: 'zoom' }),
    extract: true,
  },
  ...(
    [
      ['eventbrite', 'eventbrite-attendees.csv'],
      ['meetup', 'meetup-attendees.csv'],
      ['luma', 'luma-guests.csv'],
    ] as const
  ).map(
    ([tool, file]): Adapter => ({
      name: `parseAttendanceCsv (${tool})`,
      files: single(file, bytesOf('csv', file)),
      call: (f) => parseAttendanceCsv(one(f), { tool }),
      extract: true,
    }),
  ),
  {
    name: 'parseSkillSurveyCsv',
    files: single('survey.csv', bytesOf('csv', 'google-forms-survey.csv')),
    call: (f) =>
      parseSkillSurveyCsv(one(f), {
        framework: 'cscce-skills-wheel',
        skills: { 'Rate yourself [Data analysis]': 'cscce/technical/data-analysis' },
      }),
    extract: true,
  },
  {
    name: 'parseMailmap',
    files: single('.mailmap', encode('Ada <ada@example.org> <ada@old.example>\n<new@x.org> <old@x.org>\n')),
    call: async (f) => parseMailmap(decode(one(f))),
    extract: false,
  },
  {
    name: 'parseDomainMap / parseEmailMap / parseIdentityAliases',
    files: single('maps', encode('example.org Example\nada@example.org Acme 2020-01-01 2024-12-31\n')),
    call: async (f) => {
      const t = decode(one(f));
      const settle = (g: () => unknown): unknown => {
        try {
          return g();
        } catch (e) {
          if (isCommunityKitError(e)) return undefined;
          throw e;
        }
      };
      return [settle(() => parseDomainMap(t)), settle(() => parseEmailMap(t)), parseIdentityAliases(t)];
    },
    extract: false,
  },
  {
    name: 'parseCommunityJson / pseudonymise',
    files: single('community.json', encode(JSON.stringify(community))),
    call: async (f) => pseudonymise(parseCommunityJson(decode(one(f))), { key: KEY }),
    extract: false,
  },
  {
    name: 'pseudonymiseExtract / resolveIdentities / assembleCommunity',
    files: single('extract.json', bytesOf('io-core', 'git-extract.json')),
    call: async (f) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(decode(one(f)));
      } catch {
        return undefined; // the adapters own their JSON errors; this one is the test's parse
      }
      const x = pseudonymiseExtract(parsed, { key: KEY });
      resolveIdentities(x.identities);
      return assembleCommunity([x]);
    },
    extract: false,
  },
];

/** What escaped a call: undefined when it settled, or threw a CommunityKitError. */
async function escaped(adapter: Adapter, files: readonly ExportFile[]): Promise<string | undefined> {
  let result: unknown;
  try {
    result = await adapter.call(files);
  } catch (error) {
    const e = fuzz.escapedError(error);
    return e === undefined
      ? undefined
      : `${e}\n${String((error as Error)?.stack)
          .split('\n')
          .slice(1, 4)
          .join('\n')}`;
  }
  if (!adapter.extract) return undefined;
  const check = SourceExtractSchema.safeParse(JSON.parse(JSON.stringify(result)));
  return check.success
    ? undefined
    : `an invalid extract: ${check.error.issues[0]?.path.join('.')}: ${check.error.issues[0]?.message}`;
}

/** One mutated copy of an adapter's files: one file changed. */
function mutated(files: readonly ExportFile[], rng: () => number): { files: ExportFile[]; how: string } {
  const k = Math.floor(rng() * files.length);
  const target = files[k] as ExportFile;
  const r = rng();
  let bytes: Uint8Array;
  let how: Mutation | string;
  if (r < 0.08) {
    bytes = wrongKinds[Math.floor(rng() * wrongKinds.length)] as Uint8Array;
    how = 'wrong kind of file';
  } else if (r < 0.12) {
    bytes = Uint8Array.from({ length: Math.floor(rng() * 300) }, () => Math.floor(rng() * 256));
    how = 'random bytes';
  } else {
    const m = mutateText(decode((target.bytes as Uint8Array | undefined) ?? encode(target.text ?? '')), rng);
    bytes = encode(m.text);
    how = m.how;
  }
  const out = files.map((f) => ({ ...f }));
  out[k] = { path: target.path, bytes };
  return { files: out, how: `${target.path}: ${how}` };
}

describe('io adapters on mutated and hostile input (fuzz, fixed seed)', () => {
  it('each adapter reads its own fixture (the fuzz starts from valid input)', async () => {
    for (const a of adapters) expect(await escaped(a, a.files), a.name).toBeUndefined();
  });

  it('no io adapter lets anything but a CommunityKitError escape, and every extract it returns is valid', async () => {
    const rng = createRng(fuzz.FUZZ_SEED);
    const failures: Record<string, string> = {};
    for (const a of adapters)
      for (let k = 0; k < CASES_PER_ADAPTER && failures[a.name] === undefined; k++) {
        const { files, how } = mutated(a.files, rng);
        const e = await escaped(a, files);
        if (e !== undefined) failures[a.name] = `${how} → ${e}`;
      }
    expect(failures).toEqual({});
  }, 60_000);
});

/** Hostile values passed straight to the io functions (no file in between). */
const pool: unknown[] = [
  ...fuzz.HOSTILE_SCALARS,
  ...fuzz.HOSTILE_OBJECTS,
  [{}],
  [{ path: '__proto__', text: '{}' }],
  [{ name: 'valueOf', input: 5 }],
  [{ file: 'x', input: null }],
  new Uint8Array([0xff, 0xfe, 0]),
  new ArrayBuffer(3),
  { key: 'short' },
  { key: KEY, tpo: 1 },
  { tool: 'nope' },
  { [Symbol.asyncIterator]: 5 },
  {
    *[Symbol.iterator]() {
      yield 7;
      yield null;
    },
  },
  community,
  { ...community, members: 'nope' },
  { format: 'community-kit/source-extract@1' },
];

/**
 * The text-stream building blocks: documented to throw a TypeError naming
 * what they got, which the importer calling them wraps in its own
 * InputFormatError (so the message names the importer and the file).
 */
const STREAM_HELPERS: ReadonlySet<string> = new Set(['textChunks', 'lineBatches']);

/** Calls `fn`, awaiting a promise and draining an async iterator (at most 1000 items: an endless input is its own bug). */
async function settle(fn: fuzz.Fn, args: unknown[]): Promise<string | undefined> {
  try {
    const r = fn(...args) as { then?: unknown; [Symbol.asyncIterator]?: unknown } | undefined;
    if (r && typeof r.then === 'function') await r;
    else if (r && typeof r[Symbol.asyncIterator] === 'function') {
      let n = 0;
      for await (const _ of r as AsyncIterable<unknown>) if (++n > 1000) break;
    }
    return undefined;
  } catch (error) {
    return fuzz.escapedError(error);
  }
}

describe('io functions on hostile arguments (fuzz, fixed seed)', () => {
  it('no public io function lets anything but a CommunityKitError escape, one hostile argument at a time', async () => {
    const io = await import('../../src/io/index.js');
    const functions = fuzz.publicFunctions({ io }).filter(([name]) => !STREAM_HELPERS.has(name.slice(3)));
    expect(functions.length).toBeGreaterThan(30);
    const failures: Record<string, string> = {};
    for (const [name, fn] of functions)
      for (const first of [undefined, 'ok']) {
        for (const [k, v] of pool.entries()) {
          if (failures[name] !== undefined) break;
          const args = first === undefined ? [v] : [first, v];
          const e = await settle(fn, args);
          if (e !== undefined)
            failures[name] = `${e} ← args ${first === undefined ? '' : `'ok', `}pool[${k}]`;
        }
      }
    expect(failures).toEqual({});
  }, 60_000);
});

describe('textChunks and lineBatches on what is not text (decided: a TypeError the importer wraps)', () => {
  it('throw a TypeError saying what they got, and importers turn it into their own InputFormatError', async () => {
    const io = await import('../../src/io/index.js');
    for (const v of [undefined, null, 5, {}, { [Symbol.asyncIterator]: 5 }]) {
      for (const fn of [io.textChunks, io.lineBatches] as ((x: unknown) => AsyncIterable<unknown>)[]) {
        const drain = async (): Promise<void> => {
          for await (const _ of fn(v)) void _;
        };
        await expect(drain()).rejects.toThrow(
          /^expected text, bytes or a stream of them, got (undefined|null|number|object)$/,
        );
      }
      await expect(io.gitExtract(v as never)).rejects.toThrow(
        /^gitExtract: could not read the input \(expected text, bytes/,
      );
      await expect(io.readMbox(v as never)).rejects.toThrow(/^readMbox: .*not an mbox: expected text, bytes/);
    }
  });
});
