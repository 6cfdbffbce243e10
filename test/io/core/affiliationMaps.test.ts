import { describe, expect, it } from 'vitest';
import { parseDomainMap, parseEmailMap } from '../../../src/io/core/affiliationMaps.js';
import { FREE_MAIL_DOMAINS, freeMailDomain } from '../../../src/io/core/freeMailDomains.js';
import { isCommunityKitError } from '../../../src/model/errors.js';

describe('gitdm maps', () => {
  it('parseEmailMap reads enrollment periods, comments, CRLF and organisations with spaces', () => {
    const e = parseEmailMap(
      '# who\r\nalice@x.org  Acme < 2019-06-30\r\nALICE@x.org\tBeta Labs Ltd # now\r\n\r\n',
    );
    expect(e).toEqual([
      { email: 'alice@x.org', organisation: 'Acme', until: new Date('2019-06-30T00:00:00Z') },
      { email: 'alice@x.org', organisation: 'Beta Labs Ltd' },
    ]);
  });

  it('parseDomainMap keeps a *. marker for subdomains', () => {
    expect(parseDomainMap('*.cam.ac.uk University of Cambridge').map((d) => d.domain)).toEqual([
      '*.cam.ac.uk',
    ]);
  });

  it('refuses a line without an organisation, naming file and line', () => {
    try {
      parseDomainMap('acme.com Acme\nlonely.org\n', 'domains.txt');
      expect.unreachable();
    } catch (error) {
      expect(isCommunityKitError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^parseDomainMap: domains\.txt:2: expected/);
    }
    expect(() => parseEmailMap('a@x.org Acme < 2019-13-45', 'm')).toThrow(/m:1: "2019-13-45" is not a date/);
  });
});

describe('freeMailDomain', () => {
  it('covers free-mail providers in every country domain, ISPs and noreply domains, not organisations', () => {
    for (const d of [
      'gmail.com',
      'googlemail.com',
      'hotmail.co.uk',
      'hotmail.fr',
      'yahoo.co.jp',
      'mailbox.org',
      'protonmail.com',
      'gmx.de',
      'web.de',
      'icloud.com',
      'qq.com',
      '163.com',
      'users.noreply.github.com',
      'comcast.net',
    ])
      expect(freeMailDomain(d), d).toBeDefined();
    for (const d of ['cern.ch', 'acme.com', 'mail.acme.com', 'gmail.acme.com'])
      expect(freeMailDomain(d), d).toBeUndefined();
    expect(FREE_MAIL_DOMAINS.every((d) => d.source.length > 0)).toBe(true);
  });
});
