/**
 * A categorical palette that stays readable for colour-blind readers
 * (Okabe–Ito), shared by the report's charts and the network picture.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;
