/**
 * A mailing list's archive in: read a Pipermail month (mbox with
 * `user at example.org` addresses), see its threads, who replied to whom and
 * how long each first reply took. With real archives, pass the files'
 * streams instead of a string: readMboxFiles([{ file, input: createReadStream(file) }]).
 * Run: npx tsx examples/import-mbox.ts
 */
import { readMbox } from 'community-kit/io';

const archive = `From ada at example.org  Mon Jan  8 10:00:00 2024
From: ada at example.org (Ada Lovelace)
Date: Mon, 08 Jan 2024 10:00:00 +0000
Subject: [dev] How do I run the tests on Windows?
Message-ID: <q1@example.org>

The test script fails with a path error. Any ideas?

From bob at example.org  Mon Jan  8 13:30:00 2024
From: bob at example.org (Bob Babbage)
Date: Mon, 08 Jan 2024 13:30:00 +0000
Subject: Re: [dev] How do I run the tests on Windows?
Message-ID: <q2@example.org>
In-Reply-To: <q1@example.org>
References: <q1@example.org>

> The test script fails with a path error.
Use the npm script; it sets the paths.

From ada at example.org  Mon Jan  8 14:00:00 2024
From: ada at example.org (Ada Lovelace)
Date: Mon, 08 Jan 2024 14:00:00 +0000
Subject: Re: [dev] How do I run the tests on Windows?
Message-ID: <q3@example.org>
In-Reply-To: <q2@example.org>
References: <q1@example.org> <q2@example.org>

That worked, thanks!

From grace at example.org  Tue Jan  9 09:00:00 2024
From: grace at example.org (=?iso-8859-1?q?Gr=E2ce_Hopper?=)
Date: Tue, 09 Jan 2024 09:00:00 +0000
Subject: [dev] Docs sprint on Friday
Message-ID: <s1@example.org>

Who is in?
`;

const extract = await readMbox(archive, { file: '2024-January.txt', list: 'dev' });
const names = new Map(extract.identities.map((i) => [i.id, i.name ?? i.id]));
console.log(
  `${extract.read.messages} messages, ${extract.read.threads} threads, ${extract.read.senders} senders`,
);

const byId = new Map(extract.activities.map((a) => [a.id, a]));
for (const starter of extract.activities.filter((a) => a.kind === 'post')) {
  const replies = extract.activities.filter((a) => a.thread === starter.thread && a.id !== starter.id);
  const first = replies.find((a) => a.memberId !== starter.memberId);
  const hours = first === undefined ? undefined : (first.at.getTime() - starter.at.getTime()) / 3_600_000;
  console.log(
    `\n${starter.text?.split('\n')[0]} — ${names.get(starter.memberId)}, ${replies.length} repl${replies.length === 1 ? 'y' : 'ies'}; first reply ${hours === undefined ? 'none yet' : `after ${hours.toFixed(1)} h`}`,
  );
  for (const r of replies) {
    const parent = r.replyTo === undefined ? undefined : byId.get(r.replyTo);
    console.log(
      `  ${names.get(r.memberId)} → ${parent === undefined ? '?' : names.get(parent.memberId)}: ${r.text?.split('\n').slice(2).join(' ')}`,
    );
  }
}
for (const w of extract.warnings) console.log(`\nnote: ${w}`);
