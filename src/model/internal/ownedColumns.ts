/**
 * The typed columns a log allocated for itself, so that a function that
 * built a log privately (and lets nothing of it escape) can free them the
 * moment it is done. Memory hygiene only, not shared work: nothing is
 * computed once here and read by another caller (issue 19 made that kind
 * explicit, see health/memberPeriodCounts.ts); a log's owner records how to
 * reach its own buffers, and only code that built the log and knows it is
 * unreachable releases them. Logs that adopt their caller's columns record
 * nothing, so a caller's arrays are never detached.
 */
const OWNED = new WeakMap<object, () => readonly ArrayBufferView[]>();

/** Records how to reach the columns `log` owns (only those it allocated, never the caller's). */
export function ownColumns(log: object, columns: () => readonly ArrayBufferView[]): void {
  OWNED.set(log, columns);
}

/**
 * Frees the columns of a log that no one else can reach: their buffers are
 * detached (moved into a short-lived clone), so the memory is returned at
 * the next minor collection instead of waiting for a full one.
 */
export function releaseColumns(log: object): void {
  const columns = OWNED.get(log);
  if (columns === undefined) return;
  OWNED.delete(log);
  freeBuffers(columns());
}

/**
 * Frees the buffers of typed arrays that are garbage already but may have
 * outlived a minor collection (which would leave them for a full one): they
 * are detached by moving them into a clone that dies young. The views read
 * as empty afterwards. Only for arrays nothing else references.
 */
export function freeBuffers(views: readonly (ArrayBufferView | null | undefined)[]): void {
  const buffers = [
    ...new Set(views.map((v) => v?.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)),
  ].filter((b) => b.byteLength > 0);
  if (buffers.length === 0) return;
  try {
    structuredClone(buffers, { transfer: buffers });
  } catch {
    // A runtime that cannot transfer them: the collector frees them later.
  }
}
