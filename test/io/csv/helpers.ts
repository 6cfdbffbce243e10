import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of a hand-written fixture in test/fixtures/csv. */
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'csv', name)));

/** The text of a hand-written fixture in test/fixtures/csv. */
export const fixtureText = (name: string): string => new TextDecoder().decode(fixture(name));

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
