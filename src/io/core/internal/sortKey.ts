/** Compares strings by code unit (the same in every locale and runtime). */
export const compareStrings = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
