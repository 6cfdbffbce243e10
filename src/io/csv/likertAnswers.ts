/**
 * The survey answers {@link parseSkillSurveyCsv} understands without being
 * told, each placed on a five-step ladder from 0 (no ability) to 4 (expert):
 * confidence wordings ("Not at all confident" … "Extremely confident"),
 * experience wordings ("Beginner" … "Expert"), and agreement with a statement
 * such as "I am confident at mentoring" ("Strongly disagree" … "Strongly
 * agree"). Keys are compared in lower case with spaces collapsed. A step `r`
 * lands on level `round(r × (n − 1) / 4)` of a framework's n-level scale, so
 * on the default five-level scale step 2 is `working`. The scale's own level
 * ids and labels, numbers and the caller's `answers` map are read first.
 *
 * @example
 * ```ts
 * LIKERT_ANSWERS['very confident']; // → 3
 * LIKERT_ANSWERS.beginner; // → 1
 * ```
 */
export const LIKERT_ANSWERS: Readonly<Record<string, 0 | 1 | 2 | 3 | 4>> = {
  'not at all confident': 0,
  'not confident': 0,
  'not confident at all': 0,
  'slightly confident': 1,
  'a little confident': 1,
  'somewhat confident': 2,
  'moderately confident': 2,
  'fairly confident': 2,
  confident: 3,
  'very confident': 3,
  'extremely confident': 4,
  'completely confident': 4,
  'no experience': 0,
  'never done it': 0,
  none: 0,
  novice: 1,
  beginner: 1,
  basic: 1,
  'some experience': 2,
  intermediate: 2,
  competent: 2,
  experienced: 3,
  advanced: 3,
  proficient: 3,
  expert: 4,
  'strongly disagree': 0,
  disagree: 1,
  'neither agree nor disagree': 2,
  neutral: 2,
  agree: 3,
  'strongly agree': 4,
};

/**
 * Answers that mean "no answer" (the question did not apply or was declined):
 * like a blank cell, they give no assessment and are counted as skipped.
 *
 * @example
 * ```ts
 * NO_ANSWERS.includes('n/a'); // → true
 * ```
 */
export const NO_ANSWERS: readonly string[] = [
  'n/a',
  'na',
  'not applicable',
  "don't know",
  'do not know',
  'prefer not to say',
  'prefer not to answer',
];
