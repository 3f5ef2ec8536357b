import { describe, expect, it } from 'vitest';
import { CaseSearchIndex } from './case-search';
import type { CaseSummary } from './case-summary';

const base: Omit<CaseSummary, 'id' | 'clientName' | 'aNumber' | 'reference'> = {
  sortName: '',
  aNumberDisplay: '',
  detained: false,
  custodyStatus: 'unknown',
  facility: null,
  nextHearing: null,
  nearestDeadline: null,
  reviewItems: 0,
  unsyncedChanges: 0,
  asylumProtected: false,
  vawaProtected1367: false,
  closed: false,
};

const cases = [
  {
    ...base,
    id: '1',
    clientName: 'José Ejemplo Pérez',
    aNumber: '012345678',
    reference: 'MCJ-2026-0001',
  },
  {
    ...base,
    id: '2',
    clientName: 'Ana Prueba',
    aNumber: '987654321',
    reference: 'MCJ-2026-0002',
    aliases: ['Anita Muestra'],
  },
];

describe('case search', () => {
  const index = new CaseSearchIndex(cases);

  it('finds names without accents and by prefix', () => {
    expect(index.search('jose')).toEqual(['1']);
    expect(index.search('Pere')).toEqual(['1']);
    expect(index.search('muestra')).toEqual(['2']);
  });

  it('finds A-numbers typed in any of the usual ways', () => {
    expect(index.search('A 012 345 678')).toEqual(['1']);
    expect(index.search('a-12345678')).toEqual(['1']);
    expect(index.search('98765')).toEqual(['2']);
  });

  it('finds references and returns nothing for an empty query', () => {
    expect(index.search('MCJ-2026-0002')).toContain('2');
    expect(index.search('  ')).toEqual([]);
  });
});
