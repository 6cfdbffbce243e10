import { baseSubject, isReplySubject } from './mailHeaders.js';

/** What threading needs of a message. Ids are unique (duplicates are settled before). */
export interface ThreadInput {
  /** Message-ID (unique among the inputs). */
  id: string;
  /** Ids of earlier messages, oldest first (References, then In-Reply-To). */
  references: readonly string[];
  /** The decoded subject. */
  subject: string;
  /** When it was sent (epoch ms). */
  at: number;
}

/** Where threading put a message. */
export interface ThreadPlace {
  /** Index (in the inputs) of the message it replies to, or -1. */
  parent: number;
  /** The Message-ID naming its thread: the thread's first message, or the missing message its first messages reply to. */
  thread: string;
  /** Whether it is a reply (it has a parent, or it refers to a message that is not here, or its subject says `Re:`). */
  reply: boolean;
  /** Whether its parent was found by the subject fallback. */
  bySubject: boolean;
}

const NONE = -1;

/**
 * Threads messages by the JWZ algorithm (https://www.jwz.org/doc/threading.html;
 * RFC 5256 REFERENCES), made independent of message order by reading the
 * messages sorted by (date, id):
 *
 * 1. One container per Message-ID, seen or referenced. Each message's
 *    references link parent → child in order, a link being added only when
 *    the child has no parent yet, the link makes no loop and the child's own
 *    message has not been read (a message's own headers decide its parent:
 *    another message's References never re-parent it — a stricter reading
 *    than JWZ's, so that one wrong References entry cannot pull a thread
 *    starter under an unrelated message); then the message's parent becomes
 *    its last reference (replacing a presumed one) unless that makes a loop;
 *    a message without references has no parent.
 * 2. Empty containers (referenced, not in the archive) are pruned: their
 *    children move up to the nearest message above them; at the top, an empty
 *    container with one message below it gives way to that message, and one
 *    with several stays as the thread's root (the thread is named after the
 *    missing message, and its first messages are replies with no parent here).
 * 3. Subject fallback (when `bySubject`): a message left at the top whose
 *    subject says it is a reply (`Re:`…) and that has no references that
 *    could place it, joins the most recent earlier thread started by a
 *    non-reply message with the same base subject, as a reply to that
 *    thread's first message. This differs from JWZ's step 5 on purpose: two
 *    posts that merely share a subject ("Question") are never merged, and
 *    the most recent earlier thread wins over an older one.
 *
 * Loops in references never hang: every link is checked before it is made.
 *
 * @param messages - the messages (unique ids)
 * @param bySubject - whether to apply the subject fallback
 * @returns each message's place, index for index
 */
export function threadMessages(messages: readonly ThreadInput[], bySubject: boolean): ThreadPlace[] {
  const n = messages.length;
  const order = [...messages.keys()].sort((a, b) =>
    compareMessages(messages[a] as ThreadInput, messages[b] as ThreadInput),
  );
  const containerOf = new Map<string, number>();
  const ids: string[] = [];
  const msgOf: number[] = [];
  const parentOf: number[] = [];
  const container = (id: string): number => {
    let c = containerOf.get(id);
    if (c === undefined) {
      c = ids.length;
      containerOf.set(id, c);
      ids.push(id);
      msgOf.push(NONE);
      parentOf.push(NONE);
      childCount.push(0);
    }
    return c;
  };
  const childCount: number[] = [];
  const link = (parent: number, child: number): void => {
    const old = parentOf[child] as number;
    if (old === parent) return;
    if (old !== NONE) childCount[old] = (childCount[old] as number) - 1;
    if (parent !== NONE) childCount[parent] = (childCount[parent] as number) + 1;
    parentOf[child] = parent;
  };
  /**
   * Whether making `parent` the parent of `child` would make a loop (child is
   * parent or one of its ancestors); a child with no children of its own
   * cannot be an ancestor, so most checks do not walk.
   */
  const makesLoop = (parent: number, child: number): boolean => {
    if (parent === child) return true;
    if (childCount[child] === 0) return false;
    for (let x = parent; x !== NONE; x = parentOf[x] as number) if (x === child) return true;
    return false;
  };

  // Step 1: containers and links.
  for (const m of order) {
    const msg = messages[m] as ThreadInput;
    const c = container(msg.id);
    msgOf[c] = m;
    let prev = NONE;
    for (const ref of msg.references) {
      if (ref === msg.id) continue;
      const r = container(ref);
      if (prev !== NONE && prev !== r && parentOf[r] === NONE && msgOf[r] === NONE && !makesLoop(prev, r))
        link(prev, r);
      prev = r;
    }
    if (prev === NONE) link(NONE, c);
    else if (!makesLoop(prev, c)) link(prev, c);
  }

  // Step 2: the nearest message above each message, and the top container of each.
  const places: ThreadPlace[] = new Array(n);
  const topOf = new Array<number>(n).fill(NONE);
  const parentMsg = new Array<number>(n).fill(NONE);
  const topMessages = new Map<number, number[]>();
  // The top container of each container, found once per container (path compression), so a
  // long thread costs linear time, not its length squared.
  const topMemo = new Array<number>(ids.length).fill(NONE);
  const path: number[] = [];
  const topContainer = (c: number): number => {
    let x = c;
    while (topMemo[x] === NONE && parentOf[x] !== NONE) {
      path.push(x);
      x = parentOf[x] as number;
    }
    const top = topMemo[x] === NONE ? x : (topMemo[x] as number);
    topMemo[x] = top;
    for (const y of path) topMemo[y] = top;
    path.length = 0;
    return top;
  };
  for (const m of order) {
    const c = containerOf.get((messages[m] as ThreadInput).id) as number;
    let x = parentOf[c] as number;
    while (x !== NONE && msgOf[x] === NONE) x = parentOf[x] as number;
    parentMsg[m] = x === NONE ? NONE : (msgOf[x] as number);
    const top = topContainer(c);
    topOf[m] = top;
    if (parentMsg[m] === NONE) {
      const list = topMessages.get(top);
      if (list === undefined) topMessages.set(top, [m]);
      else list.push(m);
    }
  }
  // A thread's name: its top message, or the missing message several top messages reply to.
  const threadName = (top: number): { name: string; dummy: boolean } => {
    const tops = topMessages.get(top) as number[];
    if (msgOf[top] !== NONE || tops.length > 1)
      return { name: ids[top] as string, dummy: msgOf[top] === NONE };
    return { name: (messages[tops[0] as number] as ThreadInput).id, dummy: false };
  };
  const threadOfTop = new Map<number, { name: string; dummy: boolean }>();
  for (const top of topMessages.keys()) threadOfTop.set(top, threadName(top));

  for (const m of order) {
    const msg = messages[m] as ThreadInput;
    const t = threadOfTop.get(topOf[m] as number) as { name: string; dummy: boolean };
    const hasParent = parentMsg[m] !== NONE;
    places[m] = {
      parent: parentMsg[m] as number,
      thread: t.name,
      reply: hasParent || t.dummy || msg.references.some((r) => r !== msg.id) || isReplySubject(msg.subject),
      bySubject: false,
    };
  }

  // Step 3: the subject fallback, for top messages that say they are replies.
  if (bySubject) {
    const movedThreads = new Map<string, string>();
    const starters = new Map<string, number[]>();
    for (const m of order) {
      const msg = messages[m] as ThreadInput;
      const p = places[m] as ThreadPlace;
      if (p.parent !== NONE || p.reply || p.thread !== msg.id) continue;
      const key = baseSubject(msg.subject);
      if (key === '') continue;
      const list = starters.get(key);
      if (list === undefined) starters.set(key, [m]);
      else list.push(m);
    }
    for (const m of order) {
      const msg = messages[m] as ThreadInput;
      const p = places[m] as ThreadPlace;
      if (p.parent !== NONE || p.thread !== msg.id || !isReplySubject(msg.subject)) continue;
      if (msg.references.some((r) => containerOf.has(r) && msgOf[containerOf.get(r) as number] !== NONE))
        continue;
      const list = starters.get(baseSubject(msg.subject));
      if (list === undefined) continue;
      const starter = latestAtOrBefore(list, messages, msg.at);
      if (starter === NONE) continue;
      // The whole thread this message heads moves under the starter (starters never move, so one step).
      movedThreads.set(msg.id, (places[starter] as ThreadPlace).thread);
      p.parent = starter;
      p.bySubject = true;
    }
    for (const q of places) q.thread = movedThreads.get(q.thread) ?? q.thread;
  }
  return places;
}

/** Messages in (date, id) order. */
function compareMessages(a: ThreadInput, b: ThreadInput): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The last of `list` (in date order) sent at or before `at`, or -1. */
function latestAtOrBefore(list: readonly number[], messages: readonly ThreadInput[], at: number): number {
  let found = NONE;
  for (const m of list) {
    if ((messages[m] as ThreadInput).at <= at) found = m;
    else break;
  }
  return found;
}
