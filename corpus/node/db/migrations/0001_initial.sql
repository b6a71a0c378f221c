-- The corpus: documents, their beads in order, the sentences of each side inside each bead,
-- and the revisions every mutation writes (what undo/redo and the diff view read).

CREATE TABLE document (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  -- whitespace before the first sentence of each side, so export can glue the text back exactly
  source_leading TEXT NOT NULL DEFAULT '',
  target_leading TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0
) STRICT;

-- AUTOINCREMENT: undo re-inserts beads under their old ids, so an id must never be reused.
CREATE TABLE bead (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'flagged')),
  score REAL,
  note TEXT
) STRICT;

-- Not UNIQUE: renumbering after an insert shifts a run of ordinals in one UPDATE.
CREATE INDEX bead_by_document_ordinal ON bead (document_id, ordinal);

CREATE TABLE sentence (
  id INTEGER PRIMARY KEY,
  bead_id INTEGER NOT NULL REFERENCES bead (id) ON DELETE CASCADE,
  side TEXT NOT NULL CHECK (side IN ('source', 'target')),
  ordinal INTEGER NOT NULL,
  text TEXT NOT NULL,
  trailing TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX sentence_by_bead ON sentence (bead_id, side, ordinal);

CREATE TABLE revision (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  operation TEXT NOT NULL,
  created_at TEXT NOT NULL,
  -- the spliced range: `before` (JSON beads) stood at ordinal `start`, `after` replaced it
  start INTEGER NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  undoable INTEGER NOT NULL DEFAULT 1,
  undone INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX revision_by_document ON revision (document_id, id);

CREATE TABLE revision_bead (
  bead_id INTEGER NOT NULL,
  revision_id INTEGER NOT NULL REFERENCES revision (id) ON DELETE CASCADE,
  PRIMARY KEY (bead_id, revision_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX revision_bead_by_revision ON revision_bead (revision_id);

CREATE TABLE glossary_entry (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  variants TEXT NOT NULL DEFAULT '[]',
  note TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (source, target)
) STRICT;
