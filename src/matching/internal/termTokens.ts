import { tokenize } from './text.js';

/** The most distinct texts whose tokens are kept (topics and labels repeat; long free texts rarely do). */
const MAX_CACHED = 65_536;

/**
 * Tokens as integer ids: each term gets an id the first time it is seen (in
 * order: `terms[id]` is the term), and each distinct text is tokenized once —
 * a topic on two million activities is split and lower-cased once, not two
 * million times. Up to 65,536 distinct texts are remembered, the first ones
 * seen; later ones are tokenized each time (the ids are the same either way).
 * Internal.
 *
 * @example
 * ```ts
 * const tokens = new TermTokens();
 * [...tokens.of('Python packaging, python')]; // → [0, 1, 0]
 * tokens.terms; // → ['python', 'packaging']
 * ```
 */
export class TermTokens {
  /** The term of each id. */
  readonly terms: string[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly cache = new Map<string, Int32Array>();

  /**
   * The ids of `tokenize(text)`, in order, repeats kept.
   *
   * @param text - any text
   * @returns the token ids (shared between calls: do not modify)
   */
  of(text: string): Int32Array {
    const known = this.cache.get(text);
    if (known !== undefined) return known;
    const words = tokenize(text);
    const ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) ids[k] = this.idFor(words[k] as string);
    if (this.cache.size < MAX_CACHED) this.cache.set(text, ids);
    return ids;
  }

  /**
   * The id of `term`, given it now if it has none.
   *
   * @param term - a token
   * @returns its id
   */
  idFor(term: string): number {
    let id = this.idOf.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.idOf.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
}
