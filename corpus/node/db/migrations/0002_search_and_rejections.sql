-- Full-text search over both sides. Contentless: the indexed text is the matching form
-- (setu_fold: NFC, ZWJ/ZWNJ removed), not the stored text, so the triggers call setu_fold,
-- which openCorpus registers on every connection. The tokenizer keeps combining marks (M*)
-- inside words: the default one splits Bengali words at every vowel sign and virama.
CREATE VIRTUAL TABLE sentence_fts USING fts5 (
  text,
  content = '',
  contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

INSERT INTO sentence_fts (rowid, text) SELECT id, setu_fold(text) FROM sentence;

CREATE TRIGGER sentence_fts_insert AFTER INSERT ON sentence BEGIN
  INSERT INTO sentence_fts (rowid, text) VALUES (new.id, setu_fold(new.text));
END;

CREATE TRIGGER sentence_fts_delete AFTER DELETE ON sentence BEGIN
  DELETE FROM sentence_fts WHERE rowid = old.id;
END;

CREATE TRIGGER sentence_fts_update AFTER UPDATE OF text ON sentence BEGIN
  DELETE FROM sentence_fts WHERE rowid = old.id;
  INSERT INTO sentence_fts (rowid, text) VALUES (new.id, setu_fold(new.text));
END;

-- Mined name pairs a reviewer rejected, so mining never proposes them again.
CREATE TABLE glossary_rejection (
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (source, target)
) STRICT, WITHOUT ROWID;
