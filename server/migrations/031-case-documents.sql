-- Documents of a case (issue 22 #2): evidence files that sync between the case's assigned
-- attorneys and its supervisors. Metadata here; bytes behind the document store (the embedded
-- default keeps them in `document_chunks`, the same SQL on PostgreSQL and PGlite).

ALTER TABLE organisations
  ADD COLUMN document_case_quota_bytes bigint NOT NULL DEFAULT 209715200
    CHECK (document_case_quota_bytes > 0),
  ADD COLUMN document_org_quota_bytes bigint NOT NULL DEFAULT 53687091200
    CHECK (document_org_quota_bytes > 0),
  -- Days after a deletion before the bytes are purged; NULL keeps them for good (the default).
  ADD COLUMN document_retention_days integer CHECK (document_retention_days BETWEEN 0 AND 36500);

-- Chunks of bytes, owned by an upload while it is staged ('u:<upload id>') and by a blob once
-- sealed ('b:<org id>:<sha-256>'): sealing renames the owner, it never copies the bytes.
CREATE TABLE document_chunks (
  owner text NOT NULL,
  idx integer NOT NULL CHECK (idx >= 0),
  bytes bytea NOT NULL,
  PRIMARY KEY (owner, idx)
);

-- One stored copy of each distinct content of an organisation (deduplicated by SHA-256).
CREATE TABLE document_blobs (
  org_id uuid NOT NULL REFERENCES organisations (id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, sha256)
);

-- An upload in progress; its id is the document's id, so a document is created at most once.
CREATE TABLE document_uploads (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL,
  user_id uuid NOT NULL,
  name text NOT NULL,
  size bigint NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  chunk_size integer NOT NULL,
  chunk_count integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  committed_at timestamptz
);
CREATE INDEX document_uploads_open_idx ON document_uploads (created_at) WHERE committed_at IS NULL;

-- Drawn while holding the organisation's document lock: feed order is commit order.
CREATE SEQUENCE document_seq;

CREATE TABLE case_documents (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations (id),
  case_id uuid NOT NULL,
  name text NOT NULL,
  size bigint NOT NULL,
  kind text NOT NULL,
  mime_type text NOT NULL,
  sha256 text NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_by uuid,
  -- Set when the retention period after the deletion ran out and the bytes were removed.
  purged_at timestamptz,
  seq bigint NOT NULL
);
CREATE INDEX case_documents_case_idx ON case_documents (case_id, created_at);
CREATE INDEX case_documents_org_seq_idx ON case_documents (org_id, seq);
CREATE INDEX case_documents_blob_idx ON case_documents (org_id, sha256);
