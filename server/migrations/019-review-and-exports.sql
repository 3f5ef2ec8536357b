-- Review and mentoring (issue 18 #3, #4): requests for review of a memo or draft with the
-- supervisor's decision, and the drafts' export log, synced like every document. The list names
-- 027's entities too, and 027 names these: a database that ran 027 before this file (numbered
-- lower, landed later) gets both lists either way.
ALTER TABLE entities DROP CONSTRAINT entities_entity_check;
ALTER TABLE entities ADD CONSTRAINT entities_entity_check
  CHECK (entity IN ('case', 'interview', 'checklist', 'deadline', 'comment', 'intake',
    'custodyCheck', 'contact', 'timeEntry', 'review', 'draftExport'));

-- The review queue reads requests awaiting a decision per organisation.
CREATE INDEX entities_review_state_idx ON entities (org_id, (doc->>'state'))
  WHERE entity = 'review' AND deleted_at IS NULL;
