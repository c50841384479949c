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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** `PRAGMA application_id` of a Laurel workspace ("LRL1"), so a foreign SQLite file is recognised. */
export const APPLICATION_ID = 0x4c524c31;
