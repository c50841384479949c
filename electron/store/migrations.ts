/**
 * The workspace file's schema, one entry per version. Version N is reached by running MIGRATIONS[N-1];
 * all pending steps run in one transaction at open, and `PRAGMA user_version` records the result.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1 */ `
  CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    body       TEXT NOT NULL,          -- JSON with a schemaVersion
    revision   INTEGER NOT NULL,       -- the latest revision number
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT                    -- set when moved to the trash; the row and its history stay
  ) STRICT;
  CREATE INDEX documents_by_kind ON documents (kind, name);
  CREATE INDEX documents_by_update ON documents (updated_at);

  CREATE TABLE revisions (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    body        TEXT NOT NULL,
    summary     TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    PRIMARY KEY (document_id, revision)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE assets (
    sha256      TEXT PRIMARY KEY,      -- hex digest of data: stored once however often it is used
    media_type  TEXT NOT NULL,
    byte_length INTEGER NOT NULL,
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL
  ) STRICT;
  `,
  /* 2 */ `
  -- Each body is stored once, in its revision: documents.revision names the current one (a save wrote
  -- the body twice in v1, into the document row and into its revision, and the two were always equal).
  -- The library's credentials are kept in a table derived from the pathway bodies, written in the same
  -- transaction as each revision, so listing does not read every body. Rows of pathways in the trash
  -- stay, as their bodies do. The node's position in \`nodes\` keys a row: ids in a body need not be unique.
  CREATE TABLE credentials (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    node_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,           -- badge, certificate or program
    name        TEXT NOT NULL,           -- the credential's name, or the node's title when that is empty
    PRIMARY KEY (document_id, position)
  ) STRICT, WITHOUT ROWID;

  -- The same rule as documentsRepo's credentialsOf, in SQL.
  INSERT INTO credentials (document_id, position, node_id, kind, name)
  SELECT d.id, n.key, n.value ->> '$.id', n.value ->> '$.kind',
         coalesce(nullif(n.value ->> '$.credential.name', ''), n.value ->> '$.title')
    FROM documents d, json_each(d.body, '$.nodes') n
   WHERE d.kind = 'pathway' AND n.value ->> '$.kind' IN ('badge', 'certificate', 'program');

  ALTER TABLE documents DROP COLUMN body;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** `PRAGMA application_id` of a Laurel workspace ("LRL1"), so a foreign SQLite file is recognised. */
export const APPLICATION_ID = 0x4c524c31;
