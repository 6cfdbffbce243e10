import { describe, expect, it } from 'vitest';
import { classifyBot } from '../../../src/io/core/classifyBot.js';
import { KNOWN_BOTS } from '../../../src/io/core/knownBots.js';
import type { SourceIdentity } from '../../../src/io/core/sourceExtract.js';

const id = (x: Partial<SourceIdentity>): SourceIdentity => ({ id: 'x:1', source: 'x', ...x });

describe('classifyBot', () => {
  it('trusts the platform flag first, with its evidence', () => {
    expect(classifyBot(id({ username: 'ada', platformBot: true, platformBotEvidence: 'is_bot' }))).toEqual({
      verdict: 'bot',
      layer: 'platform',
      reason: 'the platform marks x:1 as a bot (is_bot)',
    });
  });

  it('marks [bot] logins, names and app noreply addresses', () => {
    expect(classifyBot(id({ username: 'my-app[bot]' })).verdict).toBe('bot');
    expect(
      classifyBot(
        id({ name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }),
      ).verdict,
    ).toBe('bot');
    expect(classifyBot(id({ email: '41898282+github-actions[bot]@users.noreply.github.com' }))).toMatchObject(
      { layer: 'app-account' },
    );
  });

  it('marks the curated bots by login, name or e-mail local part, case-insensitively', () => {
    expect(classifyBot(id({ username: 'Renovate' }))).toMatchObject({ verdict: 'bot', layer: 'known-bot' });
    expect(classifyBot(id({ name: 'pre-commit-ci', email: 'x@y.org' }))).toMatchObject({
      layer: 'known-bot',
    });
    expect(classifyBot(id({ email: 'snyk-bot@snyk.io' }))).toMatchObject({ layer: 'known-bot' });
    expect(KNOWN_BOTS.every((b) => b.source.length > 0 && b.login === b.login.toLowerCase())).toBe(true);
  });

  it('only suggests on a name pattern, and never for a word that merely contains "bot"', () => {
    expect(classifyBot(id({ name: 'Release Bot' }))).toEqual({
      verdict: 'suggest',
      reason: '"Release Bot" has "bot" as a word',
    });
    expect(classifyBot(id({ username: 'deploy-bot' })).verdict).toBe('suggest');
    expect(classifyBot(id({ username: 'DocsBot' })).verdict).toBe('suggest');
    expect(classifyBot(id({ name: 'Neil Botelho' })).verdict).toBe('person');
    expect(classifyBot(id({ name: 'Anna Talbot', email: 'talbot@x.org' })).verdict).toBe('person');
    expect(classifyBot(id({ name: 'Abbot Costello' })).verdict).toBe('person');
  });
});
