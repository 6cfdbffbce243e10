import { describe, expect, it } from 'vitest';
import * as io from '../../src/io/index.js';
import { ValidationError } from '../../src/model/errors.js';

/**
 * Crashes found by the io fuzz test (test/fuzz/io.test.ts), one line each:
 * a public io function called from JavaScript with a value of the wrong
 * type threw a raw TypeError; now it is a ValidationError naming the argument.
 */
const crashes: [string, () => unknown, string][] = [
  [
    'normaliseEmail(undefined)',
    () => io.normaliseEmail(undefined as never),
    'email: expected a string, got undefined',
  ],
  ['emailDomain(null)', () => io.emailDomain(null as never), 'email: expected a string, got null'],
  [
    'emailPlaceholderReason(5)',
    () => io.emailPlaceholderReason(5 as never),
    'email: expected a string, got number',
  ],
  ['githubNoreply({})', () => io.githubNoreply({} as never), 'email: expected a string, got object'],
  [
    'freeMailDomain(undefined)',
    () => io.freeMailDomain(undefined as never),
    'domain: expected a string, got undefined',
  ],
  ['classifyBot(null)', () => io.classifyBot(null as never), 'identity: expected an object, got null'],
  [
    'describeIdentityRef(undefined)',
    () => io.describeIdentityRef(undefined as never),
    'ref: expected an object',
  ],
  [
    'identityMatchesRef({}, null)',
    () => io.identityMatchesRef({}, null as never),
    'identity: expected an object, got null',
  ],
  [
    'parseIdentityAliases(text, {})',
    () => io.parseIdentityAliases('{}', {} as never),
    'file: expected a string, got object',
  ],
  ['parseDomainMap(null)', () => io.parseDomainMap(null as never), 'text: expected a string, got null'],
  [
    'parseEmailMap(text, Symbol())',
    () => io.parseEmailMap('', Symbol('x') as never),
    'file: expected a string, got symbol',
  ],
  [
    'parseMailmap(undefined)',
    () => io.parseMailmap(undefined as never),
    'text: expected a string, got undefined',
  ],
  [
    'parseMailmap(text, null)',
    () => io.parseMailmap('', null as never),
    'options: expected an object, got null',
  ],
  ['mailmapIndex([{}])', () => io.mailmapIndex([{}] as never), 'entries[0]'],
  [
    'applyMailmap(undefined, who)',
    () => io.applyMailmap(undefined as never, { name: 'A', email: 'a@b' }),
    'index: expected an object',
  ],
  [
    'applyMailmap({}, who)',
    () => io.applyMailmap({} as never, { name: 'A', email: 'a@b' }),
    'index: expected an index from mailmapIndex',
  ],
  ['importReportSummary(null)', () => io.importReportSummary(null as never), 'importReportSummary'],
  [
    'resolveIdentities(undefined)',
    () => io.resolveIdentities(undefined as never),
    'identities: expected an array, got undefined',
  ],
  [
    'resolveIdentities([null])',
    () => io.resolveIdentities([null] as never),
    'identities[0]: expected an object, got null',
  ],
  ['suggestMerges("x")', () => io.suggestMerges('x' as never), 'identities: expected an array, got string'],
  ['affiliationsAt("ok", 0)', () => io.affiliationsAt('ok' as never, 0), 'affiliationsAt'],
  ['gitLogArgs(null)', () => io.gitLogArgs(null as never), 'options: expected an object, got null'],
];

describe('io functions called with the wrong type of argument (crashes found by fuzzing)', () => {
  it.each(crashes)('%s is a ValidationError naming the argument, not a TypeError', (_, call, message) => {
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(message);
  });

  it('parseGitLog(text, null) is a ValidationError naming options, not a TypeError', async () => {
    const drain = async (): Promise<void> => {
      for await (const _ of io.parseGitLog('', null as never)) void _;
    };
    await expect(drain()).rejects.toThrow(ValidationError);
    await expect(drain()).rejects.toThrow('options: expected an object, got null');
  });

  it.each([
    ['importSlack', io.importSlack],
    ['importZulip', io.importZulip],
    ['importDiscord', io.importDiscord],
    ['importDiscourse', io.importDiscourse],
  ] as const)(
    '%s(undefined), (5) and ({ [Symbol.asyncIterator]: 5 }) are InputFormatErrors saying what the input must be',
    async (name, fn) => {
      for (const v of [undefined, 5, { [Symbol.asyncIterator]: 5 }])
        await expect(fn(v as never)).rejects.toThrow(
          new RegExp(
            `^${name}: expected a ZIP archive's bytes or a list of \\{ path, text \\} files, got (undefined|number|object)$`,
          ),
        );
    },
  );

  it('readMbox({ [Symbol.asyncIterator]: 5 }) is an InputFormatError (not "number 5 is not a function")', async () => {
    await expect(io.readMbox({ [Symbol.asyncIterator]: 5 } as never)).rejects.toThrow(
      /^readMbox: .*not an mbox: expected text, bytes or a stream of them, got object$/,
    );
  });
});
