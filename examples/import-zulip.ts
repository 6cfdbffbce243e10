/**
 * Reading a Zulip organisation export (realm.json + messages-NNNNNN.json):
 * each stream + topic is a thread. For your own, pass the .tar.gz Zulip
 * wrote, as it is:
 *   importZulip(createReadStream('zulip-export-abc123.tar.gz'))
 * or the files of its untarred folder:
 *   importZulip(paths.map((path) => ({ path, text: readFileSync(path, 'utf8') })))
 * Run: npx tsx examples/import-zulip.ts
 */
import { importZulip } from 'community-kit/io';

const realm = {
  zerver_userprofile: [
    {
      id: 1,
      full_name: 'Ada Lovelace',
      delivery_email: 'ada@example.org',
      is_bot: false,
      date_joined: 1709251200,
    },
    {
      id: 2,
      full_name: 'Grace Hopper',
      delivery_email: 'grace@example.org',
      is_bot: false,
      date_joined: 1709337600,
    },
  ],
  zerver_stream: [{ id: 5, name: 'general' }],
  zerver_recipient: [{ id: 50, type: 2, type_id: 5 }],
  zerver_reaction: [{ user_profile: 1, message: 901, emoji_name: 'tada' }],
};
const messages = {
  zerver_message: [
    { id: 900, sender: 2, recipient: 50, subject: 'First steps', date_sent: 1709546400 },
    { id: 901, sender: 1, recipient: 50, subject: 'first steps', date_sent: 1709548200 },
    { id: 902, sender: 1, recipient: 50, subject: 'Meeting notes', date_sent: 1709550000 },
  ],
};

const extract = await importZulip([
  { path: 'realm.json', text: JSON.stringify(realm) },
  { path: 'messages-000001.json', text: JSON.stringify(messages) },
]);
for (const a of extract.activities)
  console.log(
    `${a.at.toISOString()} ${a.kind.padEnd(8)} ${a.memberId} ${a.thread ?? ''}${a.replyTo ? ` (→ ${a.replyTo})` : ''}`,
  );
