-- Intakes (synced like cases, but not cases yet), the conflict-of-interest check, and what both
-- need: accent-insensitive, fuzzy name matching in the database.

-- Trusted extensions (PostgreSQL 13+): the database owner may create them, no superuser needed.
-- In `public`, so that every schema (each test uses its own) finds them under one name; the
-- functions below call them qualified. PGlite loads both at start (pglite-db.ts).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

ALTER TABLE entities DROP CONSTRAINT entities_entity_check;
ALTER TABLE entities ADD CONSTRAINT entities_entity_check
  CHECK (entity IN ('case', 'interview', 'checklist', 'deadline', 'comment', 'intake'));

-- A note the server writes (an intake kept as a note on the case it became) comes from no device.
ALTER TABLE note_revisions ALTER COLUMN device_id DROP NOT NULL;

-- A name as sorted words: no accents, no case, no punctuation, common Spanish abbreviations
-- written out ("Mª", "Ma." → maria). "Pérez, José A." → {a, jose, perez}.
CREATE FUNCTION amparo_name_tokens(name text) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(CASE t
      WHEN 'ma' THEN 'maria'
      WHEN 'fco' THEN 'francisco'
      WHEN 'gpe' THEN 'guadalupe'
      WHEN 'jse' THEN 'jose'
      ELSE t END ORDER BY t), '{}')
  FROM regexp_split_to_table(
    lower(public.unaccent(translate(coalesce(name, ''), 'ªº', 'ao'))), '[^a-z0-9]+') AS t
  WHERE t <> ''
$$;

-- How well two names (as tokens) match, 0 when they do not. Every word of the shorter name must
-- pair with a different word of the longer one: the same word, a trigram-similar one (typos,
-- Pérez/Peres: similarity >= 0.5), or an initial ("A." for Ángel). At least two words (one for a
-- one-word name) must pair as whole words, so initials alone never make a match. Word order
-- does not matter. Whole words pair first, so an initial cannot take the word a whole name needs.
CREATE FUNCTION amparo_name_score(a text[], b text[]) RETURNS real
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  s text[];
  l text[];
  used boolean[];
  x text;
  y text;
  i integer;
  best integer;
  best_score real;
  score real;
  whole integer := 0;
  total real := 0;
BEGIN
  IF coalesce(cardinality(a), 0) = 0 OR coalesce(cardinality(b), 0) = 0 THEN
    RETURN 0;
  END IF;
  IF cardinality(a) <= cardinality(b) THEN s := a; l := b; ELSE s := b; l := a; END IF;
  used := array_fill(false, ARRAY[cardinality(l)]);
  FOR x IN SELECT t FROM unnest(s) AS t ORDER BY length(t) = 1, t LOOP
    best := 0;
    best_score := 0;
    FOR i IN 1 .. cardinality(l) LOOP
      CONTINUE WHEN used[i];
      y := l[i];
      IF x = y THEN
        score := 1;
      ELSIF length(x) = 1 OR length(y) = 1 THEN
        score := CASE WHEN left(x, 1) = left(y, 1) THEN 0.5 ELSE 0 END;
      ELSE
        score := public.similarity(x, y);
        IF score < 0.5 THEN score := 0; END IF;
      END IF;
      IF score > best_score THEN
        best_score := score;
        best := i;
      END IF;
    END LOOP;
    IF best = 0 THEN
      RETURN 0;
    END IF;
    used[best] := true;
    IF length(x) > 1 AND length(l[best]) > 1 THEN whole := whole + 1; END IF;
    total := total + best_score;
  END LOOP;
  IF whole < least(2, cardinality(s)) THEN
    RETURN 0;
  END IF;
  RETURN total / cardinality(l);
END
$$;

-- Every name the organisation holds that a conflict could be with: clients (and their other
-- names), family, sponsors, related and adverse parties of cases; the client and parties of
-- intakes not (yet) part of a case, declined ones included (a prospective client is owed
-- confidentiality too).
CREATE VIEW conflict_names AS
  SELECT e.org_id, e.id AS scope_id, e.entity AS kind, e.doc->>'reference' AS reference,
    'client'::text AS role, NULL::text AS relationship,
    concat_ws(' ', e.doc->'identity'->>'givenNames', e.doc->'identity'->>'familyName') AS name,
    e.doc->'identity'->>'aNumber' AS a_number
  FROM entities e WHERE e.entity = 'case' AND e.deleted_at IS NULL
  UNION ALL
  SELECT e.org_id, e.id, e.entity, e.doc->>'reference', 'alias', NULL, alias.value, NULL
  FROM entities e
  CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(e.doc->'identity'->'aliases', '[]')) AS alias(value)
  WHERE e.entity = 'case' AND e.deleted_at IS NULL
  UNION ALL
  SELECT e.org_id, e.id, e.entity, e.doc->>'reference', 'family', f.value->>'relation',
    f.value->>'name', NULL
  FROM entities e CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.doc->'family', '[]')) AS f(value)
  WHERE e.entity = 'case' AND e.deleted_at IS NULL
  UNION ALL
  SELECT e.org_id, e.id, e.entity, e.doc->>'reference', 'sponsor',
    e.doc->'releasePlan'->>'sponsorRelation', e.doc->'releasePlan'->>'sponsorName', NULL
  FROM entities e
  WHERE e.entity = 'case' AND e.deleted_at IS NULL AND e.doc->'releasePlan'->>'sponsorName' <> ''
  UNION ALL
  SELECT e.org_id, e.id, e.entity, e.doc->>'reference', 'client', NULL,
    concat_ws(' ', e.doc->'client'->>'givenNames', e.doc->'client'->>'familyName'),
    e.doc->'client'->>'aNumber'
  FROM entities e
  WHERE e.entity = 'intake' AND e.deleted_at IS NULL
    AND e.doc->>'state' IN ('draft', 'submitted', 'declined')
  UNION ALL
  SELECT e.org_id, e.id, e.entity, e.doc->>'reference', p.value->>'role',
    p.value->>'relationship', p.value->>'name', p.value->>'aNumber'
  FROM entities e CROSS JOIN LATERAL jsonb_array_elements(coalesce(e.doc->'parties', '[]')) AS p(value)
  WHERE e.deleted_at IS NULL
    AND (e.entity = 'case' OR (e.entity = 'intake' AND e.doc->>'state' IN ('draft', 'submitted', 'declined')));

-- One run of the conflict check for an intake (at one version of it), and the decision recorded
-- on what it found. A decision is made once; a changed intake needs a new check.
CREATE TABLE conflict_checks (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  intake_id uuid NOT NULL,
  intake_version bigint NOT NULL,
  -- The names and A-numbers searched, and what was found (names: staff eyes only, never audited).
  searched jsonb NOT NULL,
  hits jsonb NOT NULL,
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  decision text CHECK (decision IN ('no_conflict', 'conflict', 'waived')),
  reason text,
  decided_by uuid,
  decided_at timestamptz
);
CREATE INDEX conflict_checks_intake_idx ON conflict_checks (org_id, intake_id, created_at);
