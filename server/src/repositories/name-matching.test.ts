/**
 * The conflict check's name matching (migration 015: unaccent + pg_trgm), on every backend the
 * server runs on. The pairs come from issue 17; the others from names MCJ's clients carry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind, Db } from '../db/db';
import { migrate } from '../db/migrate';
import { createTestDatabase, testBackends, type TestDatabase } from '../test-support/test-database';

const mustMatch: [string, string][] = [
  ['José Ángel Pérez', 'Perez, Jose A.'],
  ['Ma. Guadalupe Hernández', 'Maria Guadalupe Hernandez'],
  ['Nguyen Van An', 'An Van Nguyen'],
  // Accents, case and order, each alone.
  ['JOSÉ PÉREZ', 'jose perez'],
  ['Núñez Peña, Íñigo', 'Inigo Nunez Pena'],
  // Hyphens and apostrophes split words on both sides alike.
  ['García-Ramírez, Juan', 'Juan Garcia Ramirez'],
  ["D'Angelo Prueba", 'Prueba, D Angelo'],
  // Mª and Fco. are written out.
  ['Mª José Ejemplo', 'María José Ejemplo'],
  ['Fco. Javier Prueba', 'Francisco Javier Prueba'],
  // A typo or spelling variant in one word (trigram similarity).
  ['María Hernandes López', 'Maria Hernandez Lopez'],
  ['Ana Peres', 'Ana Pérez'],
  // A name with more words on one side (a second surname dropped, a middle name added).
  ['Guadalupe Hernández', 'María Guadalupe Hernández López'],
];

const mustNotMatch: [string, string][] = [
  ['José Pérez', 'Josefina Peralta'],
  ['Ana Prueba', 'Ana Prado'],
  // Initials alone never make a match.
  ['J. P.', 'José Pérez'],
  ['Ana Prueba', 'Beatriz Ejemplo'],
  ['Juan García', 'Juana Gómez'],
  ['', 'Ana Prueba'],
];

describe.each(testBackends())('conflict-check name matching on %s', (kind: DatabaseKind) => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    await migrate(db);
  });
  afterAll(() => database.drop());

  const score = async (a: string, b: string) => {
    const result = await db.query<{ score: number }>(
      'SELECT amparo_name_score(amparo_name_tokens($1), amparo_name_tokens($2)) AS score',
      [a, b],
    );
    return Number(result.rows[0]!.score);
  };

  it.each(mustMatch)('matches "%s" with "%s", both ways', async (a, b) => {
    expect(await score(a, b)).toBeGreaterThan(0);
    expect(await score(b, a)).toBeGreaterThan(0);
  });

  it.each(mustNotMatch)('does not match "%s" with "%s", either way', async (a, b) => {
    expect(await score(a, b)).toBe(0);
    expect(await score(b, a)).toBe(0);
  });

  it('scores the same name higher than a fuzzy one', async () => {
    expect(await score('Ana Prueba', 'Prueba, Ana')).toBe(1);
    expect(await score('Ana Prueba', 'Ana Pruebas')).toBeLessThan(1);
  });

  it('reads a name as sorted words without accents, case or punctuation', async () => {
    const result = await db.query<{ tokens: string[] }>('SELECT amparo_name_tokens($1) AS tokens', [
      'Pérez-López, Mª Ñeco',
    ]);
    expect(result.rows[0]!.tokens).toEqual(['lopez', 'maria', 'neco', 'perez']);
  });
});
