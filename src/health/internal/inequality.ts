/**
 * Participation inequality of activity counts: the Gini coefficient
 * (population form), the shares of the top 1% and 10%, the 90-9-1 split
 * (lurkers with 0, occasional with 1..occasionalMax, heavy above) and the
 * Lorenz curve in `lorenzPoints` points — what participationInequality
 * reports, from the counts of one window (see MemberCounts).
 *
 * @param desc - one count per member, descending
 */
export function inequalityOf(desc: readonly number[], occasionalMax: number, lorenzPoints: number) {
  const n = desc.length;
  const asc = [...desc].reverse();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += asc[i] as number;
    weighted += (i + 1) * (asc[i] as number);
  }
  const gini = total === 0 ? null : (2 * weighted) / (n * total) - (n + 1) / n;
  const topShare = (q: number): number => {
    if (total === 0) return 0;
    const k = Math.max(1, Math.ceil(n * q));
    let sum = 0;
    for (let i = 0; i < k && i < n; i++) sum += desc[i] as number;
    return sum / total;
  };
  let lurkers = 0;
  let occasional = 0;
  let heavy = 0;
  for (const c of desc) {
    if (c === 0) lurkers++;
    else if (c <= occasionalMax) occasional++;
    else heavy++;
  }
  const lorenz: Array<[number, number]> = [[0, 0]];
  if (n > 0 && total > 0) {
    const prefix = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) prefix[i + 1] = (prefix[i] as number) + (asc[i] as number);
    for (let j = 1; j <= lorenzPoints; j++) {
      const k = Math.round((j * n) / lorenzPoints);
      lorenz.push([k / n, (prefix[k] as number) / total]);
    }
  }
  const share = (c: number): number => (n === 0 ? 0 : c / n);
  return {
    members: n,
    total,
    gini,
    top1Share: topShare(0.01),
    top10Share: topShare(0.1),
    split: {
      lurkers,
      occasional,
      heavy,
      lurkerShare: share(lurkers),
      occasionalShare: share(occasional),
      heavyShare: share(heavy),
    },
    lorenz,
  };
}
