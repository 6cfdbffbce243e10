const cache = new Map<string, number | null>();

/** The UTC offset of an IANA zone at an instant, in hours (null when unknown). */
export function utcOffsetHours(zone: string | null, at: number): number | null {
  if (zone === null) return null;
  const key = `${zone}@${Math.floor(at / 86_400_000)}`;
  if (cache.has(key)) return cache.get(key) as number | null;
  let out: number | null = null;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts(new Date(at));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
    out = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3] ?? 0) / 60) : 0;
  } catch {
    out = null;
  }
  if (cache.size < 10_000) cache.set(key, out);
  return out;
}
