import type { Activity } from '../activity.js';
import { ActivityKindSchema } from '../activityKinds.js';
import { toDate } from '../dateInput.js';
import { isSafeKey } from '../ids.js';

const KINDS: ReadonlySet<string> = new Set(ActivityKindSchema.options);

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= 256 && isSafeKey(v);

/** A label as LabelSchema outputs it (trimmed), or undefined when invalid. */
function label(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t.length >= 1 && t.length <= 200 ? t : undefined;
}

const str = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= max;

/** A provenance as ProvenanceSchema outputs it, or undefined when not sure. */
function provenance(v: unknown): Record<string, unknown> | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const p = v as Record<string, unknown>;
  const source = label(p.source);
  if (source === undefined) return undefined;
  const out: Record<string, unknown> = { source };
  if (p.sourceId !== undefined) {
    if (!str(p.sourceId, 1000)) return undefined;
    out.sourceId = p.sourceId;
  }
  if (p.file !== undefined) {
    if (!str(p.file, 4096)) return undefined;
    out.file = p.file;
  }
  if (p.line !== undefined) {
    if (typeof p.line !== 'number' || !Number.isInteger(p.line) || p.line < 1) return undefined;
    out.line = p.line;
  }
  if (p.record !== undefined) {
    if (!str(p.record, 1000)) return undefined;
    out.record = p.record;
  }
  if (p.role !== undefined) {
    const role = label(p.role);
    if (role === undefined) return undefined;
    out.role = role;
  }
  return out;
}

/**
 * The fast path of activity validation: returns exactly what
 * `ActivitySchema.parse(input)` returns when `input` is a valid activity, and
 * `undefined` whenever it is not sure (the caller then runs the zod schema,
 * which produces the error messages). A property test checks the equivalence.
 *
 * Why: at a million activities the zod pipeline (a union and a transform per
 * date) costs several seconds; this plain check costs well under one.
 */
export function fastActivity(input: unknown): Activity | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const a = input as Record<string, unknown>;
  const { id, memberId, kind } = a;
  if (!isId(id) || !isId(memberId) || typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  const atRaw = a.at;
  if (typeof atRaw === 'string' && atRaw.length > 64) return undefined;
  const at = toDate(atRaw);
  if (at === undefined) return undefined;
  const out: Record<string, unknown> = { id, memberId, at, kind };
  if (a.channel !== undefined) {
    const c = label(a.channel);
    if (c === undefined) return undefined;
    out.channel = c;
  }
  if (a.thread !== undefined) {
    if (!isId(a.thread)) return undefined;
    out.thread = a.thread;
  }
  if (a.replyTo !== undefined) {
    if (!isId(a.replyTo)) return undefined;
    out.replyTo = a.replyTo;
  }
  if (a.weight !== undefined) {
    const w = a.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || !(w > 0)) return undefined;
    out.weight = w;
  }
  const topicsRaw = a.topics;
  if (topicsRaw === undefined) out.topics = [];
  else {
    if (!Array.isArray(topicsRaw) || topicsRaw.length > 100) return undefined;
    const topics: string[] = new Array(topicsRaw.length);
    for (let i = 0; i < topicsRaw.length; i++) {
      const t = label(topicsRaw[i]);
      if (t === undefined) return undefined;
      topics[i] = t;
    }
    out.topics = topics;
  }
  if (a.text !== undefined) {
    if (typeof a.text !== 'string' || a.text.length > 100_000) return undefined;
    out.text = a.text;
  }
  if (a.provenance !== undefined) {
    const p = provenance(a.provenance);
    if (p === undefined) return undefined;
    out.provenance = p;
  }
  return out as Activity;
}
