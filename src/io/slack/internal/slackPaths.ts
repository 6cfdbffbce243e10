/** What a path in a Slack export holds. */
export type SlackPath =
  | { kind: 'users'; path: string }
  | { kind: 'channels'; list: SlackChannelList; path: string }
  | { kind: 'day'; folder: string; day: string; path: string }
  | { kind: 'other-metadata'; path: string }
  | { kind: 'not-slack'; path: string }
  | { kind: 'system-file'; path: string };

/** The four channel lists of an export and the kind of conversation each lists. */
export type SlackChannelList = 'channels' | 'groups' | 'dms' | 'mpims';

const CHANNEL_LISTS: Record<string, SlackChannelList> = {
  'channels.json': 'channels',
  'groups.json': 'groups',
  'dms.json': 'dms',
  'mpims.json': 'mpims',
};

/** Top-level files Slack writes that carry no conversations or members we read. */
const OTHER_METADATA = new Set([
  'integration_logs.json',
  'canvases.json',
  'org_users.json',
  'huddles.json',
  'lists.json',
  'file_conversations.json',
]);

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** What `path` (a `/`-separated path inside the export) holds. */
export function slackPath(path: string): SlackPath {
  const parts = path.split('/');
  const base = parts[parts.length - 1] as string;
  if (parts.some((p) => p === '__MACOSX') || base.startsWith('._') || base === '.DS_Store')
    return { kind: 'system-file', path };
  if (base === 'users.json') return { kind: 'users', path };
  const list = Object.hasOwn(CHANNEL_LISTS, base) ? CHANNEL_LISTS[base] : undefined;
  if (list !== undefined) return { kind: 'channels', list, path };
  if (OTHER_METADATA.has(base)) return { kind: 'other-metadata', path };
  const day = DAY_FILE.exec(base);
  if (day !== null && parts.length >= 2)
    return { kind: 'day', folder: parts[parts.length - 2] as string, day: day[1] as string, path };
  return { kind: 'not-slack', path };
}

/** Whether the importer decodes the file at `path`. */
export function isReadSlackPath(path: string): boolean {
  const k = slackPath(path).kind;
  return k === 'users' || k === 'channels' || k === 'day';
}
