import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { parseCommunityJson } from '../../../src/io/parseCommunityJson.js';
import { fakeIo } from '../../cli/fakeIo.js';

const community = JSON.stringify({
  name: 'x',
  members: [
    {
      id: 'ada',
      name: 'Ada Lovelace',
      affiliation: 'Acme',
      identities: [{ source: 'git', email: 'ada@acme.com' }],
    },
  ],
  activities: [{ id: 'a1', memberId: 'ada', at: '2024-01-01T00:00:00Z', kind: 'post', text: 'hello' }],
});

describe('community-kit pseudonymise', () => {
  it('writes a pseudonymised community with the key from the file, same output for the same key', async () => {
    const run = async () => {
      const f = fakeIo({ 'in.json': community, 'key.txt': 'a long enough secret key\n' });
      expect(
        await runCli(['pseudonymise', '--key-file', 'key.txt', 'in.json', '--out', 'out.json'], f.io),
      ).toBe(0);
      expect(f.err()).toContain('pseudonymised in.json: 1 members, 1 activities; free text dropped');
      return f.written['out.json'] as string;
    };
    const text = await run();
    expect(text).not.toContain('Ada');
    expect(text).not.toContain('ada@acme.com');
    expect(text).not.toContain('hello');
    expect(parseCommunityJson(text).members[0]?.affiliation).toBe('Acme');
    expect(await run()).toBe(text);
  });

  it('refuses a short key (exit 1, saying why) and a missing one (exit 2)', async () => {
    const f = fakeIo({ 'in.json': community, 'key.txt': 'short\n' });
    expect(await runCli(['pseudonymise', '--key-file', 'key.txt', 'in.json', '--out', 'o.json'], f.io)).toBe(
      1,
    );
    expect(f.err()).toContain('dictionary attack');
    const g = fakeIo({ 'in.json': community });
    expect(await runCli(['pseudonymise', 'in.json', '--out', 'o.json'], g.io)).toBe(2);
    expect(g.err()).toContain('--key-file FILE is required');
  });
});

describe('community-kit pseudonymise on an extract', () => {
  it('pseudonymises a source extract, which combine still reads', async () => {
    const extract = JSON.stringify({
      format: 'community-kit/source-extract@1',
      source: 'git',
      identities: [{ id: 'git:ada@acme.com', source: 'git', name: 'Ada Lovelace', email: 'ada@acme.com' }],
      activities: [
        { id: 'git:c1', memberId: 'git:ada@acme.com', at: '2024-01-01T00:00:00Z', kind: 'commit' },
      ],
    });
    const f = fakeIo({ 'git.json': extract, 'key.txt': 'a long enough secret key\n' });
    expect(await runCli(['pseudonymise', '--key-file', 'key.txt', 'git.json', '--out', 'p.json'], f.io)).toBe(
      0,
    );
    expect(f.err()).toContain('pseudonymised extract git.json: 1 identities, 1 activities');
    const text = f.written['p.json'] as string;
    expect(text).not.toContain('Ada');
    const g = fakeIo({ 'p.json': text });
    expect(await runCli(['combine', 'p.json', '--out', 'c.json'], g.io)).toBe(0);
    expect(parseCommunityJson(g.written['c.json'] as string).members).toHaveLength(1);
  });
});
