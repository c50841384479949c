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
  /* 3 */ `
  -- Publishing to Hedera (DESIGN §5). A publication is one version of a pathway, its canonical JSON kept
  -- as the exact bytes that were hashed, so the outbox can rebuild any message after a restart.
  CREATE TABLE publications (
    id                INTEGER PRIMARY KEY,
    design_id         TEXT NOT NULL,
    design_name       TEXT NOT NULL,
    network           TEXT NOT NULL,          -- networkKey(): mainnet, testnet, local:127.0.0.1:50211, …
    version           INTEGER NOT NULL,
    sha256            TEXT NOT NULL,
    content           BLOB NOT NULL,          -- the RFC 8785 canonical JSON, UTF-8
    state             TEXT NOT NULL,          -- queued, submitting, published, failed
    message           TEXT,
    file_topic_id     TEXT,
    registry_topic_id TEXT,
    registry_sequence INTEGER,
    consensus_at      TEXT,                   -- the register message's consensus timestamp, seconds.nanos
    requested_at      TEXT NOT NULL,
    published_at      TEXT,
    UNIQUE (network, design_id, version)
  ) STRICT;
  CREATE INDEX publications_by_hash ON publications (network, design_id, sha256);

  -- The outbox: one row per transaction of a publication, written with its signed bytes before they are
  -- sent. A row is resolved by its receipt (or the mirror node) and never sent under another id unless it
  -- provably never reached consensus.
  CREATE TABLE outbox (
    publication_id INTEGER NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
    step           TEXT NOT NULL,             -- create-registry, create-file-topic, submit-chunk, register
    idx            INTEGER NOT NULL,          -- the chunk's order; 0 for the other steps
    transaction_id TEXT NOT NULL,             -- 0.0.2@1700000000.000000001
    valid_until_ns TEXT NOT NULL,             -- valid start + valid duration, nanoseconds since the epoch
    signed_bytes   BLOB NOT NULL,
    state          TEXT NOT NULL,             -- signed (maybe sent), confirmed
    topic_id       TEXT,                      -- created topic (create steps) or the topic written to
    sequence_number INTEGER,
    consensus_at   TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (publication_id, step, idx)
  ) STRICT, WITHOUT ROWID;
  `,
  /* 4 */ `
  -- Large bodies in pieces shared between revisions (bodyBlocks.ts). A 2,000-node pathway is 750 KB of JSON:
  -- stored whole, every autosave after a drag wrote it all again. Its long arrays (a pathway's nodes and
  -- edges, a template's elements) are cut into blocks stored once by SHA-256, so a save writes the blocks
  -- that changed, and a revision is a short head and a list of hashes.
  CREATE TABLE body_blocks (
    hash TEXT PRIMARY KEY,  -- SHA-256 (hex) of text
    text TEXT NOT NULL      -- a JSON array: consecutive items of one of a body's long arrays
  ) STRICT;
  -- NULL: body is the whole document. Otherwise {"<array>": [hash, …], …}, and body lacks those arrays.
  ALTER TABLE revisions ADD COLUMN blocks TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** `PRAGMA application_id` of a Laurel workspace ("LRL1"), so a foreign SQLite file is recognised. */
export const APPLICATION_ID = 0x4c524c31;
