import { boundedId, clip } from '../../chat/internal/boundedId.js';
import { expectArray, expectObject, field, optionalString, requiredKey } from '../../chat/internal/json.js';
import type { SkipTally } from '../../core/skipTally.js';
import type { SourceIdentity } from '../../core/sourceExtract.js';

const nonEmpty = (s: string | undefined): string | undefined => (s === undefined || s === '' ? undefined : s);

/**
 * The identities of a parsed users.json (or org_users.json): `slack:<id>`,
 * the username, the real name (or the display name), the profile e-mail
 * when the export has one, and the platform's bot flags (`is_bot`,
 * `is_app_user`, Slackbot). Adds them to `into` (first one wins for a
 * repeated id, counted in `skips`).
 */
export function addSlackUsers(
  fn: string,
  file: string,
  parsed: unknown,
  into: Map<string, SourceIdentity>,
  skips: SkipTally,
): number {
  const users = expectArray(fn, { file }, parsed, 'users');
  users.forEach((raw, i) => {
    const at = { file, record: `[${i}]` };
    const u = expectObject(fn, at, raw, 'a user');
    const userId = requiredKey(fn, at, u, 'id');
    const id = boundedId(`slack:${userId}`);
    if (into.has(id)) {
      skips.skip('user listed twice in users.json (first kept)', `${file} [${i}]`);
      return;
    }
    const profileRaw = field(u, 'profile');
    const profile =
      profileRaw === undefined || profileRaw === null
        ? {}
        : expectObject(fn, { ...at, column: 'profile' }, profileRaw, 'a profile');
    const identity: SourceIdentity = { id, source: 'slack', sourceId: clip(userId, 1000) };
    const username = nonEmpty(optionalString(fn, at, u, 'name'));
    const name =
      nonEmpty(optionalString(fn, at, u, 'real_name')) ??
      nonEmpty(optionalString(fn, at, profile, 'real_name')) ??
      nonEmpty(optionalString(fn, at, profile, 'display_name'));
    const email = nonEmpty(optionalString(fn, at, profile, 'email'));
    if (name !== undefined) identity.name = clip(name);
    if (email !== undefined) identity.email = clip(email);
    if (username !== undefined) identity.username = clip(username);
    const evidence =
      field(u, 'is_bot') === true
        ? 'Slack users.json "is_bot": true'
        : field(u, 'is_app_user') === true
          ? 'Slack users.json "is_app_user": true'
          : userId === 'USLACKBOT'
            ? 'Slackbot (user id USLACKBOT)'
            : undefined;
    if (evidence !== undefined) {
      identity.platformBot = true;
      identity.platformBotEvidence = evidence;
    }
    into.set(id, identity);
  });
  return users.length;
}
