import { describe, expect, it } from 'vitest';
import { applyMailmap, mailmapIndex, parseMailmap } from '../../../src/io/core/mailmap.js';
import { isCommunityKitError } from '../../../src/model/errors.js';

const map = (text: string) => mailmapIndex(parseMailmap(text));
const who = (name: string, email: string) => ({ name, email });
const shown = (text: string, name: string, email: string) => {
  const r = applyMailmap(map(text), who(name, email));
  return `${r.name} <${r.email}>`;
};

describe('parseMailmap', () => {
  it('reads the four forms of gitmailmap(5)', () => {
    const entries = parseMailmap(
      [
        'Proper Name <commit@email.xx>',
        '<proper@email.xx> <commit@email.xx>',
        'Proper Name <proper@email.xx> <commit@email.xx>',
        'Proper Name <proper@email.xx> Commit Name <commit@email.xx>',
      ].join('\n'),
      { file: '.mailmap' },
    );
    expect(entries.map((e) => [e.properName, e.properEmail, e.commitName, e.commitEmail, e.line])).toEqual([
      ['Proper Name', undefined, undefined, 'commit@email.xx', 1],
      [undefined, 'proper@email.xx', undefined, 'commit@email.xx', 2],
      ['Proper Name', 'proper@email.xx', undefined, 'commit@email.xx', 3],
      ['Proper Name', 'proper@email.xx', 'Commit Name', 'commit@email.xx', 4],
    ]);
    expect(entries[0]?.file).toBe('.mailmap');
  });

  it('skips comment lines, blank lines and lines that are not mappings, and ignores text after the last >', () => {
    const entries = parseMailmap(
      '# comment <a@b>\n\nno brackets here\r\nA <a@x.org> # trailing comment\n<> <x@y>\n',
    );
    expect(entries.map((e) => [e.properName, e.commitEmail, e.line])).toEqual([['A', 'a@x.org', 4]]);
  });

  it('accepts an empty commit e-mail <> in the second position, as git does', () => {
    expect(parseMailmap('A <a@x.org> <>')[0]).toMatchObject({ properEmail: 'a@x.org', commitEmail: '' });
  });

  it('in strict mode refuses a line with < that is not a mapping, naming file and line', () => {
    try {
      parseMailmap('ok <a@b>\nbroken <a@b', { file: 'm', strict: true });
      expect.unreachable();
    } catch (error) {
      expect(isCommunityKitError(error, 'invalid-input')).toBe(true);
      expect((error as Error).message).toContain('m:2');
    }
  });
});

describe('applyMailmap', () => {
  it('replaces the name only, the e-mail only, or both', () => {
    expect(shown('Ada <ada@x.org>', 'a', 'ada@x.org')).toBe('Ada <ada@x.org>');
    expect(shown('<ada@new.org> <ada@x.org>', 'a', 'ada@x.org')).toBe('a <ada@new.org>');
    expect(shown('Ada <ada@new.org> <ada@x.org>', 'a', 'ada@x.org')).toBe('Ada <ada@new.org>');
  });

  it('matches e-mails and names without regard to case', () => {
    expect(shown('Ada <ada@new.org> <ADA@X.org>', 'a', 'ada@x.ORG')).toBe('Ada <ada@new.org>');
    expect(shown('Ada <ada@new.org> AdA <ada@x.org>', 'ada', 'ada@x.org')).toBe('Ada <ada@new.org>');
  });

  it('a name+e-mail line beats the e-mail-only line for that name, and only for that name', () => {
    const text = 'Simple <s@new.org> <c@x.org>\nNamed <n@new.org> Old Name <c@x.org>';
    expect(shown(text, 'Old Name', 'c@x.org')).toBe('Named <n@new.org>');
    expect(shown(text, 'Someone Else', 'c@x.org')).toBe('Simple <s@new.org>');
  });

  it('two e-mail-only lines combine, and a later line beats an earlier one field by field', () => {
    expect(shown('Ada <c@x.org>\n<ada@new.org> <c@x.org>', 'a', 'c@x.org')).toBe('Ada <ada@new.org>');
    expect(shown('Ada <c@x.org>\nAda L. <c@x.org>', 'a', 'c@x.org')).toBe('Ada L. <c@x.org>');
    expect(shown('X <n1@x.org> N <c@x.org>\nY <n2@x.org> N <c@x.org>', 'N', 'c@x.org')).toBe('Y <n2@x.org>');
  });

  it('leaves an identity no line mentions unchanged, with no entries', () => {
    const r = applyMailmap(map('Ada <ada@x.org>'), who('Bob', 'bob@x.org'));
    expect(r).toEqual({ name: 'Bob', email: 'bob@x.org', entries: [] });
  });

  it('a name-only line for another name does not map a different name when no simple line exists', () => {
    expect(shown('X <n@x.org> N <c@x.org>', 'M', 'c@x.org')).toBe('M <c@x.org>');
  });

  it('reports the lines that decided the mapping', () => {
    const r = applyMailmap(map('# c\nAda <c@x.org>\n<a@n.org> <c@x.org>'), who('a', 'c@x.org'));
    expect(r.entries.map((e) => e.line)).toEqual([2, 3]);
  });
});
