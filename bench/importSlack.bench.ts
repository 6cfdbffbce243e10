import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { importSlack } from '../src/io/slack/importSlack.js';
import type { Bench } from './harness.js';

/**
 * importSlack on a generated Slack export of about 1 million messages (ZIP
 * built in memory with fflate, streamed to the importer in 1 MB chunks, as the
 * CLI does), against Python's json.load reading the same JSON files from the
 * same ZIP (zipfile + json, both C code under the hood).
 */
export default async function (b: Bench): Promise<void> {
  const target = Number(process.env.BENCH_SLACK_MESSAGES ?? 1_000_000);
  const channels = 40;
  const perDay = 250;
  const days = Math.max(1, Math.round(target / (channels * perDay)));
  const users = 5000;
  const messages = channels * days * perDay;
  if (messages !== 1_000_000) b.note(`scaled: ${messages.toLocaleString('en')} messages (target 1,000,000)`);

  const parts: Uint8Array[] = [];
  let zipBytes = 0;
  let jsonBytes = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
    zipBytes += chunk.length;
  });
  const add = (path: string, text: string): void => {
    const bytes = strToU8(text);
    jsonBytes += bytes.length;
    const entry = new ZipDeflate(path, { level: 1 });
    zip.add(entry);
    entry.push(bytes, true);
  };
  add(
    'users.json',
    JSON.stringify(
      Array.from({ length: users }, (_, i) => ({
        id: `U${i}`,
        name: `user${i}`,
        real_name: `User ${i}`,
        profile: { real_name: `User ${i}`, display_name: `user${i}`, email: `user${i}@example.org` },
        is_bot: i % 500 === 0,
      })),
    ),
  );
  add(
    'channels.json',
    JSON.stringify(Array.from({ length: channels }, (_, c) => ({ id: `C${c}`, name: `channel-${c}` }))),
  );
  const start = Date.UTC(2022, 0, 1) / 1000;
  for (let c = 0; c < channels; c++)
    for (let d = 0; d < days; d++) {
      const dayStart = start + d * 86_400;
      const msgs = [];
      let root = '';
      for (let k = 0; k < perDay; k++) {
        const ts = `${dayStart + k * 300 + (c % 300)}.${String(k * 37 + c).padStart(6, '0')}`;
        const user = `U${(c * 7919 + d * 104_729 + k * 31) % users}`;
        const reply = k % 4 !== 0 && root !== '';
        if (!reply) root = ts;
        msgs.push({
          client_msg_id: `${c}-${d}-${k}`,
          type: 'message',
          text: `Message ${k} in channel ${c} on day ${d}: a sentence of ordinary length about the project.`,
          user,
          ts,
          team: 'T1',
          ...(reply ? { thread_ts: root, parent_user_id: 'U1' } : {}),
          ...(k % 10 === 0 ? { reactions: [{ name: '+1', users: [`U${(k + d) % users}`], count: 1 }] } : {}),
          ...(k % 50 === 49 ? { subtype: 'channel_join' } : {}),
        });
      }
      const date = new Date(dayStart * 1000).toISOString().slice(0, 10);
      add(`channel-${c}/${date}.json`, JSON.stringify(msgs, null, 4));
    }
  zip.end();
  const zipped = new Uint8Array(zipBytes);
  let at = 0;
  for (const p of parts) {
    zipped.set(p, at);
    at += p.length;
  }
  parts.length = 0;
  b.note(
    `export: ${(jsonBytes / 1e6).toFixed(0)} MB of JSON in ${channels * days + 2} files, ${(zipBytes / 1e6).toFixed(0)} MB zipped`,
  );

  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < zipped.length; i += 1 << 20) yield zipped.subarray(i, i + (1 << 20));
  }
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const t = performance.now();
  const extract = await importSlack(chunks());
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const peakDuring = b.peakRssMb();
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  if (extract.read.messages !== messages) throw new Error('bench: wrong message count');

  let python: number | undefined;
  let pythonCpu: number | undefined;
  if (!b.hasPython('json')) b.note('python3 not found: reference skipped');
  else {
    const zipPath = join(b.tmpDir, 'slack-export.zip');
    writeFileSync(zipPath, zipped);
    const r = b.python(
      `import json, sys, time, zipfile
t = time.perf_counter()
c = time.process_time()
n = 0
with zipfile.ZipFile(${JSON.stringify(zipPath)}) as z:
    for name in sorted(z.namelist()):
        if name.endswith('.json'):
            with z.open(name) as f:
                data = json.load(f)
            if '/' in name:
                n += len(data)
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "cpu": (time.process_time() - c) * 1000, "messages": n}))
`,
    ) as { ms: number; cpu: number; messages: number } | undefined;
    if (r !== undefined && r.messages === messages) {
      python = r.ms;
      pythonCpu = r.cpu;
    } else if (r !== undefined)
      b.note(`python counted ${r.messages} messages, expected ${messages}: reference dropped`);
    if (existsSync(zipPath)) writeFileSync(zipPath, '');
  }
  const rate = (perMs: number | undefined, n: number) =>
    perMs === undefined ? undefined : n / (perMs / 1000);
  b.report(`importSlack, ${messages.toLocaleString('en')} messages (ZIP streamed)`, ms, 'ms', {
    name: 'python json.load',
    value: python,
  });
  b.report('  messages per second', rate(ms, messages) as number, 'msg/s', {
    name: 'python json.load',
    value: rate(python, messages),
  });
  b.report('  MB of JSON per second', rate(ms, jsonBytes / 1e6) as number, 'MB/s', {
    name: 'python json.load',
    value: rate(python, jsonBytes / 1e6),
  });
  b.report('  messages per CPU second', rate(cpuMs, messages) as number, 'msg/s', {
    name: 'python json.load',
    value: rate(pythonCpu, messages),
  });
  b.report('  MB of JSON per CPU second', rate(cpuMs, jsonBytes / 1e6) as number, 'MB/s', {
    name: 'python json.load',
    value: rate(pythonCpu, jsonBytes / 1e6),
  });
  b.note(
    'CPU time is the fairer figure when other processes share the cores (wall time then includes waiting for them)',
  );
  b.report('  heap held by the extract', (heapAfter - heapBefore) / 1e6, 'MB');
  b.report('  peak resident memory after the import (includes the generated ZIP)', peakDuring, 'MB');
  b.note(
    `${extract.activities.length.toLocaleString('en')} activities, ${extract.identities.length} identities`,
  );
}
