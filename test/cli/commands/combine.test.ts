import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { parseCommunityJson } from '../../../src/io/parseCommunityJson.js';
import { fakeIo } from '../../cli/fakeIo.js';

const fixture = (name: string): string =>
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'io-core', name), 'utf8');
const files = {
  'git.json': fixture('git-extract.json'),
  'github.json': fixture('github-extract.json'),
  'gharchive.json': fixture('gharchive-extract.json'),
  'zoom.json': fixture('zoom-extract.json'),
};

describe('community-kit combine', () => {
  it('assembles extracts, writes the community and the report, and prints the summary', async () => {
    const { io, err, written } = fakeIo(files);
    const code = await runCli(
      [
        'combine',
        'git.json',
        'github.json',
        'gharchive.json',
        'zoom.json',
        '--out',
        'c.json',
        '--report',
        'r.json',
        '--name',
        'Example',
      ],
      io,
    );
    expect(code).toBe(0);
    const community = parseCommunityJson(written['c.json'] as string);
    expect(community.name).toBe('Example');
    expect(community.members).toHaveLength(8);
    expect(JSON.parse(written['r.json'] as string).format).toBe('community-kit/import-report@1');
    expect(err()).toMatch(/^read 4 extracts: 10 activities, 13 identities → 8 members \(5 merges/);
  });

  it('reads the user’s alias, mailmap, gitdm maps and keepApart files', async () => {
    const { io, written, err } = fakeIo({
      ...files,
      'aliases.json': JSON.stringify({
        groups: [[{ id: 'git:root@localhost' }, { id: 'csv:linus@gmail.com' }]],
      }),
      'domains.txt': 'acme.com Acme Inc.\n',
      'emails.txt': 'grace@navy.mil  Navy Labs < 2024-01-01\ngrace@navy.mil  Yale\n',
      'apart.json': JSON.stringify([[{ id: 'git:bob@acme.com' }, { id: 'github:42' }]]),
      'extra.mailmap': 'Neil B. <neil@botelho.net>\n',
    });
    const code = await runCli(
      [
        'combine',
        'git.json',
        'github.json',
        'zoom.json',
        '--out',
        'c.json',
        '--aliases',
        'aliases.json',
        '--affiliations',
        'domains.txt',
        '--enrollments',
        'emails.txt',
        '--keep-apart',
        'apart.json',
        '--mailmap',
        'extra.mailmap',
        '--no-suggest',
      ],
      io,
    );
    expect(err()).toContain('1 alias');
    expect(code).toBe(0);
    const c = parseCommunityJson(written['c.json'] as string);
    const by = (n: string) => c.members.find((m) => m.name === n);
    expect(by('Ada Lovelace')?.affiliation).toBe('Acme Inc.');
    expect(by('Grace Hopper')?.affiliation).toBe('Yale');
    expect(by('Neil B.')).toBeDefined();
    expect(c.members.filter((m) => m.name === 'Bob Builder' || m.name === 'bobb')).toHaveLength(2);
    expect(by('Carol')?.identities).toHaveLength(2);
  });

  it('accepts aliases in mailmap form', async () => {
    const { io, written } = fakeIo({
      ...files,
      'aliases.mailmap': 'Linus <linus@gmail.com> <root@localhost>\n',
    });
    expect(
      await runCli(
        ['combine', 'git.json', 'zoom.json', '--out', 'c.json', '--aliases', 'aliases.mailmap'],
        io,
      ),
    ).toBe(0);
    const c = parseCommunityJson(written['c.json'] as string);
    expect(c.members.find((m) => m.name === 'Linus')?.identities).toHaveLength(2);
  });

  it('exits 1 naming the file when an input is not an extract or not JSON', async () => {
    const a = fakeIo({ 'c.json': '{"name":"x","members":[]}' });
    expect(await runCli(['combine', 'c.json', '--out', 'o.json'], a.io)).toBe(1);
    expect(a.err()).toMatch(/^combine: c\.json: not a source extract/);
    const b = fakeIo({ 'x.json': '{oops' });
    expect(await runCli(['combine', 'x.json', '--out', 'o.json'], b.io)).toBe(1);
    expect(b.err()).toMatch(/^combine: x\.json: not JSON/);
  });

  it('exits 2 on usage mistakes', async () => {
    const { io, err } = fakeIo(files);
    expect(await runCli(['combine', 'git.json'], io)).toBe(2);
    expect(err()).toContain('--out FILE is required');
    expect(await runCli(['combine', '--out', 'o.json'], fakeIo().io)).toBe(2);
    expect(await runCli(['combine', 'missing.json', '--out', 'o.json'], fakeIo().io)).toBe(2);
    expect(
      await runCli(['combine', 'git.json', '--out', 'o.json', '--as-of', 'someday'], fakeIo(files).io),
    ).toBe(2);
    expect(await runCli(['combine', 'git.json', '--out', 'o.json', '--frobnicate'], fakeIo(files).io)).toBe(
      2,
    );
  });
});
