import type { SourceIdentity } from '../../core/sourceExtract.js';

/**
 * Adds `identity` to `into`, or fills in what the one already there lacks
 * (the first value seen of each field wins; a bot flag is kept once set).
 */
export function mergeIdentity(into: Map<string, SourceIdentity>, identity: SourceIdentity): void {
  const known = into.get(identity.id);
  if (known === undefined) {
    into.set(identity.id, { ...identity });
    return;
  }
  known.sourceId ??= identity.sourceId;
  known.name ??= identity.name;
  known.email ??= identity.email;
  known.username ??= identity.username;
  if (identity.platformBot === true && known.platformBot !== true) {
    known.platformBot = true;
    known.platformBotEvidence = identity.platformBotEvidence;
  }
}
