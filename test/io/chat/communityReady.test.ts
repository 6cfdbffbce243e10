import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timeToFirstResponse } from '../../../src/health/timeToFirstResponse.js';
import { assembleCommunity } from '../../../src/io/core/assembleCommunity.js';
import type { SourceExtract } from '../../../src/io/core/sourceExtract.js';
import { importDiscord } from '../../../src/io/discord/importDiscord.js';
import { importDiscourse } from '../../../src/io/discourse/importDiscourse.js';
import { importSlack } from '../../../src/io/slack/importSlack.js';
import { importZulip } from '../../../src/io/zulip/importZulip.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';
import { folderFiles } from './exportFolder.js';

const fixtures = join(__dirname, '..', '..', 'fixtures');

/** The extract as a community, one member per identity (what assembleCommunity does for a single source with no merges). */
const asCommunity = (x: SourceExtract) =>
  parseCommunity({
    name: x.source,
    members: x.identities.map((i) => ({
      id: i.id,
      ...(i.platformBot ? { kind: 'bot', botReason: i.platformBotEvidence } : {}),
    })),
    activities: x.activities,
  });

describe('chat extracts are valid community data', () => {
  it('every fixture extract parses as a community (every memberId and replyTo exists)', async () => {
    const extracts = [
      await importSlack(folderFiles(join(fixtures, 'slack', 'export')), { directMessages: true }),
      await importDiscourse(folderFiles(join(fixtures, 'discourse'))),
      await importDiscord(folderFiles(join(fixtures, 'discord')), { directMessages: true }),
      await importZulip(folderFiles(join(fixtures, 'zulip', 'export')), { directMessages: true }),
    ];
    for (const x of extracts) expect(asCommunity(x).activities.length).toBe(x.activities.length);
  });

  it('time to first response on the Slack fixture comes from its real thread replies (bots and reactions left out)', async () => {
    const community = asCommunity(await importSlack(folderFiles(join(fixtures, 'slack', 'export'))));
    const r = timeToFirstResponse(community, { from: '2024-01-01', asOf: '2024-02-01' });
    // Threads started by people: #core-team (Ada), the #general question (Ada), the guest's post, #random (Grace).
    // Only the question got a reply: Grace, 99.877 s after it (10:00:00.123 → 10:01:40.000).
    expect(r.threads).toBe(4);
    expect(r.answered).toBe(1);
    expect(r.medianHours).toBeCloseTo(99.877 / 3600, 6);
  });

  it('assembleCommunity joins the four chat extracts: Ada is one member by her e-mail in Slack, Discourse and Zulip, bots are flagged', async () => {
    const extracts = [
      await importSlack(folderFiles(join(fixtures, 'slack', 'export'))),
      await importDiscourse(folderFiles(join(fixtures, 'discourse'))),
      await importDiscord(folderFiles(join(fixtures, 'discord'))),
      await importZulip(folderFiles(join(fixtures, 'zulip', 'export'))),
    ];
    const { community } = assembleCommunity(extracts);
    const ada = community.members.find((m) => m.identities.some((i) => i.email === 'ada@example.org'));
    expect(ada?.identities.map((i) => `${i.source}:${i.sourceId}`).sort()).toEqual([
      'discourse:3',
      'slack:U01ADA',
      'zulip:10',
    ]);
    const bots = community.members
      .filter((m) => m.kind === 'bot')
      .flatMap((m) => m.identities.map((i) => `${i.source}:${i.sourceId}`));
    expect(bots.sort()).toEqual([
      'discord:2099',
      'discourse:-1',
      'slack:B01GITHUB',
      'slack:U03BOT',
      'slack:USLACKBOT',
      'slack:W04APP',
      'zulip:12',
    ]);
    expect(community.activities.length).toBe(extracts.reduce((n, x) => n + x.activities.length, 0));
  });
});
