/**
 * Reading a channel exported with DiscordChatExporter (--format Json): reply
 * chains become threads, bots are flagged. For your own export, pass the files:
 *   importDiscord(paths.map((path) => ({ path, text: readFileSync(path, 'utf8') })))
 * Run: npx tsx examples/import-discord.ts
 */
import { importDiscord } from 'community-kit/io';

const author = (id: string, name: string, isBot = false) => ({
  id,
  name,
  discriminator: '0000',
  nickname: name,
  isBot,
});
const channel = {
  guild: { id: '1', name: 'Example Server' },
  channel: { id: '10', type: 'GuildTextChat', category: 'Text Channels', name: 'help' },
  messages: [
    {
      id: '100',
      type: 'Default',
      timestamp: '2024-03-04T09:00:00+00:00',
      author: author('7', 'ada'),
      content: 'Build fails on Windows',
    },
    {
      id: '101',
      type: 'Reply',
      timestamp: '2024-03-04T09:12:00+00:00',
      author: author('8', 'grace'),
      reference: { messageId: '100' },
    },
    {
      id: '102',
      type: 'Reply',
      timestamp: '2024-03-04T09:15:00+00:00',
      author: author('7', 'ada'),
      reference: { messageId: '101' },
    },
    { id: '103', type: 'Default', timestamp: '2024-03-04T10:00:00+00:00', author: author('9', 'CI', true) },
    {
      id: '104',
      type: 'ChannelPinnedMessage',
      timestamp: '2024-03-04T10:01:00+00:00',
      author: author('8', 'grace'),
    },
  ],
};

const extract = await importDiscord([{ path: 'help.json', text: JSON.stringify(channel) }]);
const threads = new Map<string, string[]>();
for (const a of extract.activities)
  if (a.thread) threads.set(a.thread, [...(threads.get(a.thread) ?? []), a.memberId]);
for (const [thread, who] of threads) console.log(`${thread}: ${who.join(' → ')}`);
for (const s of extract.skipped) console.log(`skipped ${s.count} × ${s.reason}`);
console.log(
  `bots: ${extract.identities
    .filter((i) => i.platformBot)
    .map((i) => i.username)
    .join(', ')}`,
);
