import { describe, expect, it } from 'vitest';
import { INDEX_VERSION, SearchEngine } from './search-engine';
import type { SearchDoc } from './search-types';

const caseA = '00000000-0000-4000-8000-00000000000a';
const caseB = '00000000-0000-4000-8000-00000000000b';

function note(id: string, caseId: string, text: string, stamp = '1'): SearchDoc {
  return {
    id: `note:${id}`,
    source: 'note',
    caseId,
    stamp,
    text,
    parts: [{ start: 0, end: text.length, target: { kind: 'note', noteId: id } }],
  };
}

describe('SearchEngine', () => {
  it('finds a Spanish word typed without its accent or capitals, and places the snippet on it', () => {
    const engine = new SearchEngine();
    engine.upsert(note('n1', caseA, 'La clienta habló de la DETENCIÓN de su hijo en Jena.'));
    engine.upsert(note('n2', caseB, 'Nothing about that here.'));
    const answer = engine.search('detencion');
    expect(answer.total).toBe(1);
    const hit = answer.hits[0]!;
    expect(hit.caseId).toBe(caseA);
    expect(hit.snippet?.match).toBe('DETENCIÓN');
    expect(hit.snippet?.start).toBe('La clienta habló de la '.length);
    expect(hit.target).toEqual({ kind: 'note', noteId: 'n1' });
  });

  it('matches other forms of a word through Spanish and English stems', () => {
    const engine = new SearchEngine();
    engine.upsert(note('n1', caseA, 'Sus hijos viven con la abuela.'));
    engine.upsert(note('n2', caseB, 'She was detained and deported twice.'));
    expect(engine.search('hijo').hits.map((h) => h.caseId)).toEqual([caseA]);
    expect(engine.search('deportation').hits.map((h) => h.caseId)).toEqual([caseB]);
    expect(engine.search('tormenta').total).toBe(0);
    expect(engine.search('deport').hits.map((h) => h.caseId)).toEqual([caseB]);
    expect(engine.search('detaining').hits.map((h) => h.caseId)).toEqual([caseB]);
  });

  it('needs every typed word, and matches the word still being typed as a prefix', () => {
    const engine = new SearchEngine();
    engine.upsert(note('n1', caseA, 'Miedo a la pandilla en Honduras.'));
    engine.upsert(note('n2', caseB, 'Miedo al regreso.'));
    expect(engine.search('miedo pandilla').hits.map((h) => h.caseId)).toEqual([caseA]);
    expect(engine.search('miedo pand').hits.map((h) => h.caseId)).toEqual([caseA]);
    expect(engine.search('pand ').total).toBe(0);
    expect(engine.search('de la').total).toBe(0);
  });

  it('replaces a record on a new version and forgets removed records and cases', () => {
    const engine = new SearchEngine();
    engine.upsert(note('n1', caseA, 'primera versión con manzana'));
    engine.upsert(note('n1', caseA, 'segunda versión con naranja', '2'));
    expect(engine.search('manzana').total).toBe(0);
    expect(engine.search('naranja').total).toBe(1);
    expect(engine.stamps().get('note:n1')).toBe('2');
    engine.upsert(note('n2', caseB, 'naranja también'));
    engine.removeCase(caseA);
    expect(engine.search('naranja').hits.map((h) => h.caseId)).toEqual([caseB]);
    engine.remove('note:n2');
    expect(engine.size).toBe(0);
  });

  it('indexes a 50,000-character note and finds a word at its end', () => {
    const engine = new SearchEngine();
    const filler = 'palabra común repetida muchas veces. '.repeat(1400);
    const text = `${filler}El nombre del barco era Esperanza.`.slice(-50_000);
    expect(text.length).toBe(50_000);
    engine.upsert(note('big', caseA, text));
    const hit = engine.search('esperanza').hits[0]!;
    expect(text.slice(hit.snippet!.start, hit.snippet!.end)).toBe('Esperanza');
  });

  it('survives a round trip through its persisted form, and refuses another version or damage', () => {
    const engine = new SearchEngine();
    engine.upsert(note('n1', caseA, 'Entrevista en el centro de detención.'));
    engine.upsert(note('n2', caseB, 'Niño de 5 años: «ñandú» y 😀 emoji.'));
    const bytes = engine.serialize();
    const copy = SearchEngine.deserialize(bytes.slice(0));
    expect(copy.search('detencion').total).toBe(1);
    expect(copy.search('nandu').hits[0]!.snippet?.match).toBe('ñandú');
    expect(copy.stamps()).toEqual(engine.stamps());
    copy.upsert(note('n1', caseA, 'otro texto', '2'));
    expect(copy.search('detencion').total).toBe(0);
    expect(copy.search('otro').total).toBe(1);

    const other = new Uint8Array(bytes.slice(0));
    const header = new TextDecoder().decode(other.subarray(4, 40));
    const at = header.indexOf(INDEX_VERSION);
    other[4 + at] = other[4 + at]! + 1;
    expect(() => SearchEngine.deserialize(other.buffer)).toThrow();
    expect(() => SearchEngine.deserialize(bytes.slice(0, bytes.byteLength - 8))).toThrow();
    expect(() =>
      SearchEngine.deserialize(new TextEncoder().encode('{"garbage":').buffer),
    ).toThrow();
  });

  it('answers the same after compaction, over many replaced and removed records', () => {
    const engine = new SearchEngine();
    const words = ['manzana', 'naranja', 'pera', 'uva', 'limón', 'mango', 'kiwi'];
    const expected = new Map<string, string>();
    for (let i = 0; i < 600; i += 1) {
      const id = `n${i % 150}`;
      const text = `${words[i % 7]} y ${words[(i * 3) % 7]} del mercado ${i}`;
      engine.upsert(note(id, i % 2 ? caseA : caseB, text, String(i)));
      expected.set(id, text);
      if (i % 11 === 0) {
        engine.remove(`note:n${(i * 7) % 150}`);
        expected.delete(`n${(i * 7) % 150}`);
      }
      if (i === 300) engine.compact();
    }
    const count = (word: string) =>
      [...expected.values()].filter((text) => text.split(' ').includes(word)).length;
    const before = words.map((word) => engine.search(word).total);
    expect(before).toEqual(words.map(count));
    engine.compact();
    expect(words.map((word) => engine.search(word).total)).toEqual(before);
    const loaded = SearchEngine.deserialize(engine.serialize());
    expect(words.map((word) => loaded.search(word).total)).toEqual(before);
    expect(loaded.size).toBe(expected.size);
    const [id, text] = [...expected][0]!;
    expect(loaded.search(`mercado ${text.split(' ').at(-1)!} `).hits.map((h) => h.id)).toEqual([
      `note:${id}`,
    ]);
  });

  it('ranks a record holding the words more often first, and a whole word above a prefix', () => {
    const engine = new SearchEngine();
    engine.upsert(note('once', caseA, 'Pidió asilo ayer.'));
    engine.upsert(note('often', caseB, 'Asilo, asilo y asilo: pidió asilo.'));
    engine.upsert(note('prefix', caseA, 'Perro asilvestrado ayer.'));
    expect(engine.search('asilo ').hits.map((h) => h.id)).toEqual(['note:often', 'note:once']);
    expect(
      engine
        .search('asil')
        .hits.map((h) => h.id)
        .at(-1),
    ).toBe('note:prefix');
  });

  it('points a hit at the part of a record holding the match', () => {
    const engine = new SearchEngine();
    const text = 'Ana\nPrueba\nJena, Louisiana';
    engine.upsert({
      id: `caseFile:${caseA}`,
      source: 'caseFile',
      caseId: caseA,
      stamp: '1',
      text,
      parts: [
        {
          start: 0,
          end: 4,
          target: {
            kind: 'caseField',
            sectionId: 'identity',
            path: ['identity'],
            field: 'givenNames',
          },
        },
        {
          start: 4,
          end: 11,
          target: {
            kind: 'caseField',
            sectionId: 'identity',
            path: ['identity'],
            field: 'familyName',
          },
        },
        {
          start: 11,
          end: text.length,
          target: { kind: 'caseField', sectionId: 'custody', path: ['custody'], field: 'facility' },
        },
      ],
    });
    expect(engine.search('louisiana').hits[0]!.target).toMatchObject({ field: 'facility' });
    expect(engine.search('prueba').hits[0]!.target).toMatchObject({ field: 'familyName' });
  });
});
