const STOP = new Set(
  'a an and are as at be by for from has have how i in is it its of on or that the this to was what when where which who why will with you your we our can do does my me about into not no'.split(
    ' ',
  ),
);

/** Lower-cased word tokens without stop words (letters and digits, any script). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const t of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (t.length > 1 && !STOP.has(t)) out.push(t);
  return out;
}
