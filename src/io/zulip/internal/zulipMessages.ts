import { InputFormatError } from '../../../model/errors.js';
import { clip } from '../../chat/internal/boundedId.js';
import { expectObject, field, optionalString, requiredKey } from '../../chat/internal/json.js';
import { type ZulipReaction, zulipDate, zulipReactions, zulipTable } from './zulipRealm.js';

/** One message of a messages-NNNNNN.json file, as much as the importer needs. */
export interface ZulipMessage {
  id: string;
  sender: string;
  recipient: string;
  topic: string;
  ms: number;
  file: string;
  record: string;
  text?: string;
}

/** The messages (and reactions, when the file holds them) of one messages-NNNNNN.json file. */
export function zulipMessages(
  fn: string,
  file: string,
  parsed: unknown,
  includeText: boolean,
): { messages: ZulipMessage[]; reactions: ZulipReaction[] } {
  const root = expectObject(fn, { file }, parsed, 'a messages file (messages-000001.json)');
  if (field(root, 'zerver_message') === undefined)
    throw new InputFormatError(
      fn,
      { file },
      `not a Zulip messages file: expected "zerver_message"; found the keys ${Object.keys(root).slice(0, 8).join(', ') || '(none)'}`,
    );
  const messages = zulipTable(fn, file, root, 'zerver_message').map((m, i): ZulipMessage => {
    const record = `zerver_message[${i}]`;
    const at = { file, record };
    const dateKey = field(m, 'date_sent') !== undefined ? 'date_sent' : 'pub_date';
    const out: ZulipMessage = {
      id: requiredKey(fn, at, m, 'id'),
      sender: requiredKey(fn, at, m, 'sender'),
      recipient: requiredKey(fn, at, m, 'recipient'),
      topic: clip(
        optionalString(fn, at, m, 'subject') ?? optionalString(fn, at, m, 'topic_name') ?? '',
        1000,
      ),
      ms: zulipDate(fn, at, m, dateKey).getTime(),
      file,
      record,
    };
    if (includeText) {
      const content = optionalString(fn, at, m, 'content');
      if (content) out.text = clip(content, 100_000);
    }
    return out;
  });
  return { messages, reactions: zulipReactions(fn, file, zulipTable(fn, file, root, 'zerver_reaction')) };
}
