const DAY = 86_400_000;
/** 10000-01-01T00:00:00Z: from here on, Date#toISOString writes a six-digit year. */
const YEAR_10000 = 253_402_300_800_000;
const ZERO = 48;

/**
 * A function giving `new Date(t).toISOString()` for each instant `t`, faster
 * when consecutive instants share a day (as a log's rows do): the day part
 * is formatted once per day, the time of day with arithmetic, and the
 * string is made flat in one call. Instants that are not whole milliseconds
 * from 1970 to 9999 are handed to `Date`, so the output is always exactly
 * `toISOString`'s (a property test checks it).
 */
export function isoFormatter(): (t: number) => string {
  let dayStart = Number.NaN;
  const day: number[] = [];
  return (t: number): string => {
    if (!(t >= 0 && t < YEAR_10000 && Number.isInteger(t))) return new Date(t).toISOString();
    const ms = t % DAY;
    const start = t - ms;
    if (start !== dayStart) {
      dayStart = start;
      const s = new Date(start).toISOString();
      for (let i = 0; i < 11; i++) day[i] = s.charCodeAt(i); // YYYY-MM-DDT
    }
    const milli = ms % 1000;
    const secs = (ms - milli) / 1000;
    const s = secs % 60;
    const m = ((secs - s) / 60) % 60;
    const h = (secs - s - m * 60) / 3600;
    return String.fromCharCode(
      day[0] as number,
      day[1] as number,
      day[2] as number,
      day[3] as number,
      day[4] as number,
      day[5] as number,
      day[6] as number,
      day[7] as number,
      day[8] as number,
      day[9] as number,
      day[10] as number,
      ZERO + Math.floor(h / 10),
      ZERO + (h % 10),
      58, // :
      ZERO + Math.floor(m / 10),
      ZERO + (m % 10),
      58,
      ZERO + Math.floor(s / 10),
      ZERO + (s % 10),
      46, // .
      ZERO + Math.floor(milli / 100),
      ZERO + (Math.floor(milli / 10) % 10),
      ZERO + (milli % 10),
      90, // Z
    );
  };
}
