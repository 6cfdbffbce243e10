import type { SkipTally } from '../../core/skipTally.js';
import {
  SOURCE_EXTRACT_FORMAT,
  type SourceExtract,
  type SourceExtractInput,
  SourceExtractSchema,
  type SourceIdentity,
} from '../../core/sourceExtract.js';

/** What one CSV file gave a reader (roster, role assignments, skills survey). */
export type CsvFileRecords = Pick<SourceExtract, 'source' | 'read'> &
  Partial<Pick<SourceExtractInput, 'profiles' | 'roleAssignments' | 'skillAssessments'>> & {
    description: string;
    file: string | undefined;
    identities: ReadonlyMap<string, SourceIdentity>;
    tally: SkipTally;
  };

/** The extract of one CSV file: its name (when known), its identities in the order first met, its records, what was read and skipped. */
export function csvFileExtract({ file, identities, tally, ...rest }: CsvFileRecords): SourceExtract {
  return SourceExtractSchema.parse({
    format: SOURCE_EXTRACT_FORMAT,
    ...rest,
    files: file === undefined ? [] : [file],
    identities: [...identities.values()],
    skipped: tally.list(),
  });
}
