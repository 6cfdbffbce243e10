import type { Activity } from '../../../model/activity.js';
import type { ActivityKind } from '../../../model/activityKinds.js';
import type { Provenance } from '../../../model/provenance.js';
import { skipTally } from '../../core/skipTally.js';
import { SOURCE_EXTRACT_FORMAT, type SourceExtract, type SourceIdentity } from '../../core/sourceExtract.js';
import { NumberIndex } from './numberIndex.js';

/** What a GitHub record is, before its activity kind is decided (a comment's kind depends on its thread). */
export type Role =
  | 'issue'
  | 'pull'
  | 'discussion'
  | 'issueComment'
  | 'reviewComment'
  | 'review'
  | 'discussionComment'
  | 'discussionReply'
  | 'answer'
  | 'push';

/** An activity being built: its role instead of a kind, its time in ms, the activity it answers. */
export interface DraftActivity {
  id: string;
  memberId: string;
  at: number;
  role: Role;
  channel: string;
  thread?: string;
  /** The activity this one answers, if it is read too (else the opening of its thread is tried). */
  parent?: string;
  text?: string;
  topics?: string[];
  weight?: number;
  provenance: Provenance;
}

/** What is known of one thread (an issue, pull request or discussion) across files. */
export interface ThreadInfo {
  /** Label names seen on it (at opening or later). */
  labels: Set<string>;
  /** When it was first marked ready for review (a pull request opened as a draft). */
  readyAt?: number;
  /** The export says the pull request is a draft now (`draft: true`): as in github/issue-metrics, it is measured from its creation. */
  draftNow?: boolean;
  /** The comment accepted as its answer (a Q&A discussion). */
  answerId?: string;
  /** A discussion in an answerable (Q&A) category. */
  answerable?: boolean;
}

/** How a builder turns drafts into activities. */
export interface FinishOptions {
  questionLabels: readonly string[];
  draftStart: 'ready-for-review' | 'created';
  source: string;
  description?: string;
  files: string[];
}

const MAX_ID = 256;

/** A 64-bit FNV-1a hash of `s` as 16 hex digits (two 32-bit halves with different seeds). */
function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** `id` when it fits an IdSchema id (≤ 256 characters), else its first 239 characters, `~` and a hash of the whole (deterministic). */
export function fitId(id: string): string {
  return id.length <= MAX_ID ? id : `${id.slice(0, MAX_ID - 17)}~${hash64(id)}`;
}

/** The normalised form of a label for matching question labels: lower case, the part after the last `:` or `/`, trimmed. */
export function labelKey(label: string): string {
  const lower = label.toLowerCase();
  const cut = Math.max(lower.lastIndexOf(':'), lower.lastIndexOf('/'));
  return lower.slice(cut + 1).trim();
}

/** A label as an activity topic: trimmed, 1–200 characters, or undefined. */
function topicOf(label: string): string | undefined {
  const t = label.trim();
  return t.length === 0 ? undefined : t.slice(0, 200);
}

/** The roles in the order of their codes in the role column. */
const ROLES: readonly Role[] = [
  'issue',
  'pull',
  'discussion',
  'issueComment',
  'reviewComment',
  'review',
  'discussionComment',
  'discussionReply',
  'answer',
  'push',
];
const ROLE_CODE = new Map(ROLES.map((r, i) => [r, i]));

/**
 * The prefixes of the ids that are a prefix and a number (`github:issuecomment:123`): such an id
 * is held as a number while reading (see {@link ExtractBuilder.numberKey}), its text made at the end.
 */
export const NUMBERED = {
  issueComment: 1,
  review: 2,
  reviewComment: 3,
  discussionComment: 4,
  push: 5,
} as const;
const NUMBERED_PREFIX = [
  '',
  'github:issuecomment:',
  'github:review:',
  'github:reviewcomment:',
  'github:discussioncomment:',
  'github:push:',
];
/** Numbers below this (2^49) fit a key with a 3-bit prefix code in a double's 53 bits. */
const NUMBERED_LIMIT = 2 ** 49;

/** The shared empty topic list (frozen: every activity without topics holds this one array). */
const NO_TOPICS: string[] = Object.freeze([]) as unknown as string[];
const EMPTY = Number.NaN;

/** A GH Archive activity as the event mapping hands it over: numbers and shared strings only (see {@link ExtractBuilder.addEvent}). */
export interface EventDraft {
  /** The id's key ({@link ExtractBuilder.numberKey} or {@link ExtractBuilder.stringKey}). */
  key: number;
  role: Role;
  memberId: string;
  at: number;
  channel: string;
  /** The thread's reference ({@link ExtractBuilder.threadRef}), -1 when none. */
  thread: number;
  /** The key of the activity it answers, NaN when none. */
  parent: number;
  /** The topic list ({@link ExtractBuilder.topicList}), -1 when none. */
  topics: number;
  text: string | undefined;
  /** NaN when none. */
  weight: number;
  /** Provenance: the file (its index, {@link ExtractBuilder.fileIndex}), line, event id and role. */
  file: number;
  line: number;
  /** The event id: a string, or a non-negative integer (then written as its decimal digits). */
  sourceId: string | number | undefined;
  provenanceRole: string | undefined;
}

/** Whether `s` is a non-negative integer written as JavaScript writes it (no sign, no leading zero, at most 15 digits). */
function isPlainInteger(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 15 || (n > 1 && s.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

type Identity = SourceIdentity & { seenAt: number };

/**
 * Accumulates identities, draft activities and thread facts from any number of GitHub files, then builds the extract.
 * Drafts are held in columns (typed arrays and arrays of shared strings), not as objects: a day of
 * GH Archive holds millions of them, and objects would leave the garbage collector millions of
 * things to trace again and again. The activities are built once, in {@link ExtractBuilder.finish}.
 */
export class ExtractBuilder {
  private readonly identities = new Map<string, Identity>();
  /** Identities by numeric GitHub id (the GH Archive path looks accounts up without building their id). */
  private readonly byNumber = new Map<number, Identity>();
  private readonly loginChanges = new Set<string>();
  readonly tally = skipTally();
  readonly warnings: string[] = [];
  readonly read: Record<string, number> = {};
  readonly repos = new Set<string>();

  /** Interned strings that activities refer to (threads, string ids, parents), by index ("ref"). */
  private readonly refs: string[] = [];
  private readonly refOf = new Map<string, number>();
  /** What is known of threads, by the ref of the thread id as the mapping wrote it. */
  private readonly threadInfo = new Map<number, ThreadInfo>();
  /** Topic lists (shared by the activities that have the same), by their JSON. */
  private readonly topicLists: string[][] = [NO_TOPICS];
  private readonly topicListOf = new Map<string, number>([['[]', 0]]);
  private readonly files: string[] = [];
  private readonly fileOf = new Map<string, number>();
  /** One string object per distinct channel, shared by every activity that names it. */
  private readonly channels = new Map<string, string>();

  /** Draft index by key (see numberKey and stringKey). */
  private readonly index = new NumberIndex();
  private n = 0;
  private cap = 0;
  private keyCol = new Float64Array(0);
  private atCol = new Float64Array(0);
  private roleCol = new Uint8Array(0);
  private threadCol = new Int32Array(0);
  private parentCol = new Float64Array(0);
  private topicsCol = new Int32Array(0);
  private weightCol = new Float64Array(0);
  private fileCol = new Int32Array(0);
  private lineCol = new Int32Array(0);
  private sourceNumber = new Float64Array(0);
  private provenanceRole = new Uint8Array(0);
  private readonly memberIds: string[] = [];
  private readonly channelOf: string[] = [];
  /** Sparse columns: texts, source ids that are not plain integers, and REST provenance objects. */
  private readonly texts = new Map<number, string>();
  private readonly sourceStrings = new Map<number, string>();
  private readonly provenances = new Map<number, Provenance>();
  private readonly provenanceRoles: string[] = [];

  count(key: string, n = 1): void {
    this.read[key] = (this.read[key] ?? 0) + n;
  }

  /** Records an identity (GitHub user) seen at `at`; the login of the latest record wins. Returns its id. */
  identity(user: { id: string; sourceId?: string; login: string; bot?: string }, at: number): string {
    const id = fitId(user.id);
    const known = this.identities.get(id);
    if (known === undefined) {
      const identity: Identity = { id, source: 'github', username: user.login, seenAt: at };
      if (user.sourceId !== undefined) identity.sourceId = user.sourceId;
      if (user.bot !== undefined) {
        identity.platformBot = true;
        identity.platformBotEvidence = user.bot;
      }
      this.identities.set(id, identity);
      if (user.sourceId !== undefined && id === `github:${user.sourceId}`)
        this.byNumber.set(Number(user.sourceId), identity);
      return id;
    }
    this.seen(known, user.login, user.bot, at);
    // The id string already held, so that a member's activities share one string (memory of millions of events).
    return known.id;
  }

  /**
   * The identity of the account with numeric id `id` if it is known (updated as {@link identity}
   * would), else undefined: the GH Archive path calls this first and builds the account only for a new one.
   */
  knownAccount(id: number, login: string, bot: string | undefined, at: number): string | undefined {
    const known = this.byNumber.get(id);
    if (known === undefined) return undefined;
    this.seen(known, login, bot, at);
    return known.id;
  }

  private seen(known: Identity, login: string, bot: string | undefined, at: number): void {
    if (known.username !== login) {
      this.loginChanges.add(known.id);
      if (at > known.seenAt || (at === known.seenAt && login < (known.username ?? ''))) {
        known.username = login;
        known.seenAt = at;
      }
    } else if (at > known.seenAt) known.seenAt = at;
    if (bot !== undefined && known.platformBot !== true) {
      known.platformBot = true;
      known.platformBotEvidence = bot;
    }
  }

  /** The ref of `s` (interned: one string object per distinct value). */
  private ref(s: string): number {
    let r = this.refOf.get(s);
    if (r === undefined) {
      r = this.refs.length;
      this.refs.push(s);
      this.refOf.set(s, r);
    }
    return r;
  }

  /** What is known of thread `id` (as written, not fitted). */
  thread(id: string): ThreadInfo {
    return this.threadInfoOf(this.ref(id));
  }

  /** What is known of the thread whose id (as written) has ref `ref`. */
  threadInfoOf(ref: number): ThreadInfo {
    let t = this.threadInfo.get(ref);
    if (t === undefined) {
      t = { labels: new Set() };
      this.threadInfo.set(ref, t);
    }
    return t;
  }

  /**
   * A new ref for thread id `id` as written, not looked up among the others: for a caller that
   * holds the refs of its threads itself and asks once per thread (GH Archive, by repository and
   * number), and never asks for the same id through {@link thread} or {@link threadRef}.
   * Activities hold it too when `id` fits an IdSchema id.
   */
  newThreadRef(id: string): number {
    return this.refs.push(id) - 1;
  }

  /** The ref of thread `id` as activities hold it (fitted to an IdSchema id). */
  threadRef(id: string): number {
    return this.ref(fitId(id));
  }

  /** The key of the activity id `id` (fitted to an IdSchema id). */
  stringKey(id: string): number {
    return -1 - this.ref(fitId(id));
  }

  /** The key of the id `<prefix><n>` (`github:issuecomment:123`): a number, without making the string while reading. */
  numberKey(code: (typeof NUMBERED)[keyof typeof NUMBERED], n: number): number {
    return n >= 0 && n < NUMBERED_LIMIT && Number.isInteger(n)
      ? n * 8 + code
      : this.stringKey(`${NUMBERED_PREFIX[code]}${n}`);
  }

  /** The key of `<prefix><s>`: as {@link numberKey} when `s` is a plain integer (so that both spellings are one id). */
  numberTextKey(code: (typeof NUMBERED)[keyof typeof NUMBERED], s: string): number {
    return isPlainInteger(s)
      ? this.numberKey(code, Number(s))
      : this.stringKey(`${NUMBERED_PREFIX[code]}${s}`);
  }

  /** The index of a shared topic list equal to `topics`. */
  topicList(topics: readonly string[]): number {
    if (topics.length === 0) return 0;
    const json = JSON.stringify(topics);
    let i = this.topicListOf.get(json);
    if (i === undefined) {
      i = this.topicLists.length;
      this.topicLists.push(topics.length === 0 ? NO_TOPICS : (Object.freeze([...topics]) as string[]));
      this.topicListOf.set(json, i);
    }
    return i;
  }

  /** The index of file name `name` (provenance of GH Archive activities). */
  fileIndex(name: string): number {
    let i = this.fileOf.get(name);
    if (i === undefined) {
      i = this.files.length;
      this.files.push(name);
      this.fileOf.set(name, i);
    }
    return i;
  }

  /** `channel` as the one string object every activity naming it shares. */
  channel(channel: string): string {
    const known = this.channels.get(channel);
    if (known !== undefined) return known;
    this.channels.set(channel, channel);
    return channel;
  }

  private grow(): void {
    const cap = Math.max(1024, this.cap * 2);
    const more = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.keyCol = more(this.keyCol, (k) => new Float64Array(k));
    this.atCol = more(this.atCol, (k) => new Float64Array(k));
    this.roleCol = more(this.roleCol, (k) => new Uint8Array(k));
    this.threadCol = more(this.threadCol, (k) => new Int32Array(k));
    this.parentCol = more(this.parentCol, (k) => new Float64Array(k));
    this.topicsCol = more(this.topicsCol, (k) => new Int32Array(k));
    this.weightCol = more(this.weightCol, (k) => new Float64Array(k));
    this.fileCol = more(this.fileCol, (k) => new Int32Array(k));
    this.lineCol = more(this.lineCol, (k) => new Int32Array(k));
    this.sourceNumber = more(this.sourceNumber, (k) => new Float64Array(k));
    this.provenanceRole = more(this.provenanceRole, (k) => new Uint8Array(k));
    this.cap = cap;
  }

  /**
   * The index of a new draft with key `key`, or -1 when one with that key is held already (counted
   * and left out; an opening read again keeps the earlier time).
   */
  private slot(key: number, role: Role, at: number, file: string, line: string | number): number {
    const known = this.index.get(key);
    const code = ROLE_CODE.get(role) as number;
    if (known !== -1) {
      this.tally.skip(
        'already read (the same GitHub record in another page or file; the issues endpoint also lists pull requests)',
        `${file}:${line}`,
      );
      // An opening read from the pulls endpoint after the issues endpoint keeps the earlier time.
      if (at < (this.atCol[known] as number) && code === this.roleCol[known]) this.atCol[known] = at;
      return -1;
    }
    if (this.n === this.cap) this.grow();
    const i = this.n++;
    this.index.set(key, i);
    this.keyCol[i] = key;
    this.atCol[i] = at;
    this.roleCol[i] = code;
    return i;
  }

  /** Adds a draft activity; a second record with the same id (another page, file or endpoint) is counted and left out. */
  add(draft: DraftActivity): void {
    const p = draft.provenance;
    const i = this.slot(this.stringKey(draft.id), draft.role, draft.at, p.file ?? '', p.line ?? '');
    if (i < 0) return;
    this.memberIds.push(draft.memberId);
    this.channelOf.push(this.channel(draft.channel));
    this.threadCol[i] = draft.thread === undefined ? -1 : this.threadRef(draft.thread);
    this.parentCol[i] = draft.parent === undefined ? EMPTY : this.stringKey(draft.parent);
    this.topicsCol[i] = draft.topics === undefined ? -1 : this.topicList(draft.topics);
    this.weightCol[i] = draft.weight ?? EMPTY;
    if (draft.text !== undefined) this.texts.set(i, draft.text);
    this.provenances.set(i, p);
  }

  /** Adds a GH Archive activity (see {@link EventDraft}; `d` may be reused: nothing of it is kept but its values). */
  addEvent(d: EventDraft): void {
    const i = this.slot(d.key, d.role, d.at, this.files[d.file] as string, d.line);
    if (i < 0) return;
    this.memberIds.push(d.memberId);
    this.channelOf.push(d.channel);
    this.threadCol[i] = d.thread;
    this.parentCol[i] = d.parent;
    this.topicsCol[i] = d.topics;
    this.weightCol[i] = d.weight;
    if (d.text !== undefined) this.texts.set(i, d.text);
    this.fileCol[i] = d.file;
    this.lineCol[i] = d.line;
    const sid = d.sourceId;
    let num = EMPTY;
    if (typeof sid === 'number') num = sid;
    else if (sid !== undefined) {
      if (isPlainInteger(sid)) num = Number(sid);
      else this.sourceStrings.set(i, sid);
    }
    this.sourceNumber[i] = num;
    let roleCode = 0;
    if (d.provenanceRole !== undefined) {
      roleCode = this.provenanceRoles.indexOf(d.provenanceRole) + 1;
      if (roleCode === 0) roleCode = this.provenanceRoles.push(d.provenanceRole);
    }
    this.provenanceRole[i] = roleCode;
  }

  /** The id of every draft (numbered ids written out; one string per draft). */
  private idTexts(): string[] {
    const ids = new Array<string>(this.n);
    for (let i = 0; i < this.n; i++) {
      const k = this.keyCol[i] as number;
      ids[i] = k < 0 ? (this.refs[-1 - k] as string) : NUMBERED_PREFIX[k % 8] + String(Math.floor(k / 8));
    }
    return ids;
  }

  /** The provenance of draft `i`. */
  private provenanceOf(i: number): Provenance {
    const rest = this.provenances.size === 0 ? undefined : this.provenances.get(i);
    if (rest !== undefined) return rest;
    const p: Provenance = {
      source: 'github',
      file: this.files[this.fileCol[i] as number],
      line: this.lineCol[i],
    };
    const num = this.sourceNumber[i] as number;
    if (!Number.isNaN(num)) p.sourceId = `${num}`;
    else if (this.sourceStrings.size > 0) {
      const s = this.sourceStrings.get(i);
      if (s !== undefined) p.sourceId = s;
    }
    const role = this.provenanceRole[i] as number;
    if (role !== 0) p.role = this.provenanceRoles[role - 1];
    return p;
  }

  /** The extract: kinds decided, replies linked, drafts dated at ready-for-review, everything sorted. */
  finish(o: FinishOptions): SourceExtract {
    const n = this.n;
    const { atCol: at, threadCol: thread, parentCol: parent, keyCol: key, index, refs } = this;
    const questionKeys = new Set(o.questionLabels.map(labelKey));
    /** Whether each thread is a question, by ref: 0 not known yet, 1 no, 2 yes. */
    const questions = new Uint8Array(refs.length);
    /** Whether the thread or parent with ref `r` is a question (thread facts are kept by the id as written). */
    const isQuestion = (r: number): boolean => {
      if (r < 0) return false;
      if (questions[r] === 0) {
        const t = this.threadInfo.get(r);
        let yes = t?.answerable === true;
        if (t !== undefined && !yes) for (const l of t.labels) if (questionKeys.has(labelKey(l))) yes = true;
        questions[r] = yes ? 2 : 1;
      }
      return questions[r] === 2;
    };
    const infoOf = (r: number): ThreadInfo | undefined => (r < 0 ? undefined : this.threadInfo.get(r));
    const ids = this.idTexts();
    // Openings (the draft whose id is its thread) by thread ref.
    const opening = new Int32Array(refs.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const t = thread[i] as number;
      if (t >= 0 && key[i] === -1 - t) opening[t] = i;
    }
    // Openings of pull requests that were drafts start when they were marked ready for review.
    const moved = new Uint8Array(refs.length);
    let movedCount = 0;
    if (o.draftStart === 'ready-for-review')
      for (let t = 0; t < refs.length; t++) {
        const i = opening[t] as number;
        if (i < 0) continue;
        const info = ROLES[this.roleCol[i] as number] === 'pull' ? infoOf(t) : undefined;
        const ready = info?.draftNow === true ? undefined : info?.readyAt;
        if (ready !== undefined && ready > (at[i] as number)) {
          at[i] = ready;
          moved[t] = 1;
          movedCount++;
        }
      }
    // A thread starts with its opening: what is dated before it (made while a draft, or an export whose
    // dates disagree) replies to it from outside the thread, so that the opening stays the thread's start.
    let beforeReady = 0;
    let beforeOpening = 0;
    for (let i = 0; i < n; i++) {
      const t = thread[i] as number;
      if (t < 0 || key[i] === -1 - t) continue;
      const oi = opening[t] as number;
      if (oi < 0 || (at[i] as number) >= (at[oi] as number)) continue;
      if (Number.isNaN(parent[i])) parent[i] = -1 - t;
      if (moved[t] === 1) beforeReady++;
      else beforeOpening++;
      thread[i] = -1;
    }
    if (movedCount > 0)
      this.warnings.push(
        `${movedCount} pull request${movedCount === 1 ? ' was' : 's were'} opened as draft${movedCount === 1 ? '' : 's'}: the opening is dated when marked ready for review (as github/issue-metrics measures the first response), and the ${beforeReady} activit${beforeReady === 1 ? 'y' : 'ies'} (comments, reviews) before that reply to it outside its thread.`,
      );
    if (beforeOpening > 0)
      this.warnings.push(
        `${beforeOpening} comment${beforeOpening === 1 ? ' or review is' : 's or reviews are'} dated before the issue, pull request or discussion they belong to (the export's dates disagree): kept as replies to it, outside its thread.`,
      );
    let unlinked = 0;
    // Time order, then id.
    const order = new Array<number>(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((x, y) => {
      const d = (at[x] as number) - (at[y] as number);
      if (d !== 0) return d;
      const a = ids[x] as string;
      const b = ids[y] as string;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    const hasTexts = this.texts.size > 0;
    const activities = new Array<Activity>(n);
    for (let j = 0; j < n; j++) {
      const i = order[j] as number;
      const id = ids[i] as string;
      const t = thread[i] as number;
      const pk = parent[i] as number;
      const role = ROLES[this.roleCol[i] as number] as Role;
      const threadInfo = role === 'discussionComment' ? infoOf(t) : undefined;
      const question = isQuestion(t >= 0 ? t : pk < 0 ? -1 - pk : -1);
      let kind: ActivityKind;
      switch (role) {
        case 'issue':
          kind = question ? 'post' : 'issue';
          break;
        case 'pull':
          kind = 'pull-request';
          break;
        case 'discussion':
          kind = 'post';
          break;
        case 'issueComment':
          kind = question ? 'reply' : 'comment';
          break;
        case 'reviewComment':
          kind = 'comment';
          break;
        case 'review':
          kind = 'review';
          break;
        case 'discussionComment':
          kind = threadInfo?.answerId === id ? 'answer' : 'reply';
          break;
        case 'discussionReply':
          kind = 'reply';
          break;
        case 'answer':
          kind = 'answer';
          break;
        case 'push':
          kind = 'commit';
          break;
      }
      // The accepted answer written by the asker is a reply, not an answer "to someone else".
      let replyTo = -1;
      if (!Number.isNaN(pk) && pk !== key[i]) {
        const pi = index.get(pk);
        if (pi !== -1) replyTo = pi;
        else if (t >= 0 && key[i] !== -1 - t) {
          const ti = index.get(-1 - t);
          if (ti !== -1) replyTo = ti;
          else unlinked++;
        } else unlinked++;
      }
      if (kind === 'answer' && replyTo !== -1) {
        const root = t >= 0 ? index.get(-1 - t) : replyTo;
        if (root !== -1 && this.memberIds[root] === this.memberIds[i]) kind = 'reply';
      }
      const ti = this.topicsCol[i] as number;
      const a: Activity = {
        id,
        memberId: this.memberIds[i] as string,
        at: new Date(at[i] as number),
        kind,
        channel: this.channelOf[i] as string,
        topics: ti < 0 ? NO_TOPICS : (this.topicLists[ti] as string[]),
        provenance: this.provenanceOf(i),
      };
      if (t >= 0) a.thread = refs[t] as string;
      if (replyTo !== -1) a.replyTo = ids[replyTo] as string;
      const w = this.weightCol[i] as number;
      if (!Number.isNaN(w)) a.weight = w;
      if (hasTexts) {
        const text = this.texts.get(i);
        if (text !== undefined) a.text = text;
      }
      activities[j] = a;
    }
    if (unlinked > 0)
      this.warnings.push(
        `${unlinked} comment${unlinked === 1 ? ', review or answer belongs' : 's, reviews or answers belong'} to issues, pull requests or discussions opened outside the input: kept in their thread, without replyTo.`,
      );
    if (this.loginChanges.size > 0)
      this.warnings.push(
        `${this.loginChanges.size} GitHub user${this.loginChanges.size === 1 ? '' : 's'} appear under more than one login (renamed): the login of the latest record is kept.`,
      );
    const identities = [...this.identities.values()]
      .map(({ seenAt: _, ...rest }) => rest)
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const read: Record<string, number> = {};
    for (const k of Object.keys(this.read).sort()) read[k] = this.read[k] as number;
    const extract: SourceExtract = {
      format: SOURCE_EXTRACT_FORMAT,
      source: o.source,
      files: o.files,
      identities,
      profiles: [],
      activities,
      gatherings: [],
      roleAssignments: [],
      skillAssessments: [],
      read,
      mailmap: [],
      skipped: this.tally.list(),
      warnings: [...this.warnings],
    };
    const repos = [...this.repos].sort();
    const description =
      o.description ??
      (repos.length === 0
        ? undefined
        : repos.length <= 5
          ? repos.join(', ')
          : `${repos.length} repositories`);
    if (description !== undefined) extract.description = description.slice(0, 1000);
    return extract;
  }
}

/** Label names as activity topics: trimmed, de-duplicated, at most 100. */
export function topicsOf(labels: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const l of labels) {
    const t = topicOf(l);
    if (t !== undefined) out.add(t);
    if (out.size === 100) break;
  }
  return [...out];
}
