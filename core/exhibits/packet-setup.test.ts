import { describe, expect, it } from 'vitest';
import { detainedCase, FIXTURE_TODAY, syntheticProfile } from '../drafts/draft-input.fixture';
import { moveItem } from './packet-order';
import {
  defaultPacketSetup,
  PacketSetupReadySchema,
  translatorOf,
  type PacketItem,
} from './packet-setup';

const item = (id: string, translated = false): PacketItem => ({
  documentId: id,
  title: `Exhibit ${id}`,
  translated,
  translator: { name: '', address: '', language: '' },
});

describe('defaultPacketSetup', () => {
  it('fills the cover from the case file and the profile, in English for the court', () => {
    const caseFile = detainedCase();
    const setup = defaultPacketSetup(caseFile, syntheticProfile, 'bond', FIXTURE_TODAY);
    expect(setup.cover.detained).toBe(true);
    expect(setup.cover.filingTitle).toMatch(/Bond Redetermination/);
    expect(setup.cover.respondentName).toBe(
      `${caseFile.identity.familyName}, ${caseFile.identity.givenNames}`,
    );
    expect(setup.cover.attorney.name).toBe(syntheticProfile.displayName);
    expect(setup.cover.attorney.address).toBe(syntheticProfile.mailingAddress);
    expect(setup.service.signer).toBe(syntheticProfile.displayName);
    expect(setup.service.date).toBe('November 27, 2026');
    expect(setup.items).toEqual([]);
  });

  it('says not detained when the client is not, and leaves unknown fields empty to be typed', () => {
    const caseFile = { ...detainedCase(), custody: { status: 'released_bond' as const } };
    const setup = defaultPacketSetup(caseFile, null, 'motion', FIXTURE_TODAY);
    expect(setup.cover.detained).toBe(false);
    expect(setup.cover.attorney.name).toBe('');
  });
});

describe('PacketSetupReadySchema', () => {
  const ready = () => {
    const setup = defaultPacketSetup(detainedCase(), syntheticProfile, 'bond', FIXTURE_TODAY);
    return {
      ...setup,
      cover: { ...setup.cover, court: 'Oakdale, Louisiana', aNumber: '000-000-001' },
      service: { ...setup.service, address: '1010 E Whatley Rd, Oakdale, LA' },
    };
  };

  it('accepts a complete packet', () => {
    expect(PacketSetupReadySchema.safeParse({ ...ready(), items: [item('a')] }).success).toBe(true);
  });

  it('asks for at least one document, and for the translator of each translated one', () => {
    const empty = PacketSetupReadySchema.safeParse(ready());
    expect(empty.error?.issues.map((i) => i.message)).toContain('exhibits.validation.noDocuments');
    const untranslated = PacketSetupReadySchema.safeParse({ ...ready(), items: [item('a', true)] });
    expect(untranslated.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'items.0.translator.name',
      'items.0.translator.address',
      'items.0.translator.language',
    ]);
  });

  it('asks for the proof of service address, with a translation key for the message', () => {
    const setup = ready();
    const result = PacketSetupReadySchema.safeParse({
      ...setup,
      items: [item('a')],
      service: { ...setup.service, address: '  ' },
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['service', 'address'], message: 'validation.required' }),
    ]);
  });

  it('gives the certificate a translator only for translated documents', () => {
    expect(translatorOf(item('a'))).toBeNull();
    const translated = {
      ...item('b', true),
      translator: { name: 'Nguyễn Thị Lan', address: '1 Test St', language: 'Spanish' },
    };
    expect(translatorOf(translated)).toEqual(translated.translator);
  });
});

describe('moveItem', () => {
  it('moves up, down, to the ends, and ignores moves past them', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
  });
});
