import { describe, expect, it } from 'vitest';
import { countBeads, readBeads, spliceBeads } from '../../../corpus/node/store/beads';
import {
  insertDocument,
  listDocuments,
  getDocument,
  checkRevision,
} from '../../../corpus/node/store/documents';
import { applyChange, listRevisions, redo, undo } from '../../../corpus/node/store/revisions';
import { draft, memoryCorpus } from '../../helpers/corpus';

function setup(beadCount = 4) {
  const { db } = memoryCorpus();
  const documentId = insertDocument(db, {
    title: 'T',
    sourceLang: 'bn',
    targetLang: 'en',
    sourceLeading: '',
    targetLeading: '',
  });
  spliceBeads(
    db,
    documentId,
    0,
    0,
    Array.from({ length: beadCount }, (_, index) =>
      draft([`বাক্য ${index}।`], [`Sentence ${index}.`]),
    ),
  );
  return { db, documentId };
}

const texts = (db: ReturnType<typeof setup>['db'], documentId: number) =>
  readBeads(db, documentId, 0, 1000).map((bead) => [
    bead.ordinal,
    bead.source.map((s) => s.text).join('|'),
    bead.target.map((s) => s.text).join('|'),
  ]);

describe('bead store', () => {
  it('reads beads in order with their sentences', () => {
    const { db, documentId } = setup(3);
    expect(texts(db, documentId)).toEqual([
      [0, 'বাক্য 0।', 'Sentence 0.'],
      [1, 'বাক্য 1।', 'Sentence 1.'],
      [2, 'বাক্য 2।', 'Sentence 2.'],
    ]);
    expect(readBeads(db, documentId, 1, 1)[0]!.ordinal).toBe(1);
    expect(countBeads(db, documentId)).toBe(3);
  });

  it('splices: inserting and deleting renumber the beads after', () => {
    const { db, documentId } = setup(3);
    spliceBeads(db, documentId, 1, 0, [draft(['নতুন।'], ['New.'])]);
    expect(texts(db, documentId).map((row) => row[1])).toEqual([
      'বাক্য 0।',
      'নতুন।',
      'বাক্য 1।',
      'বাক্য 2।',
    ]);
    spliceBeads(db, documentId, 0, 2, []);
    expect(texts(db, documentId)).toEqual([
      [0, 'বাক্য 1।', 'Sentence 1.'],
      [1, 'বাক্য 2।', 'Sentence 2.'],
    ]);
  });

  it('records every change and undoes and redoes it in order', () => {
    const { db, documentId } = setup(3);
    const initial = texts(db, documentId);
    const [a, b] = readBeads(db, documentId, 0, 2);
    applyChange(db, documentId, 'merge', 0, 2, [
      draft(
        [...a!.source, ...b!.source].map((s) => s.text),
        ['Merged.'],
        { id: a!.id },
      ),
    ]);
    const merged = texts(db, documentId);
    expect(merged).toHaveLength(2);
    applyChange(db, documentId, 'delete', 1, 1, []);
    expect(texts(db, documentId)).toHaveLength(1);

    expect(undo(db, documentId)!.beads).toHaveLength(1);
    expect(texts(db, documentId)).toEqual(merged);
    undo(db, documentId);
    expect(texts(db, documentId)).toEqual(initial);
    expect(readBeads(db, documentId, 0, 1)[0]!.id).toBe(a!.id);
    expect(undo(db, documentId)).toBeNull();

    redo(db, documentId);
    expect(texts(db, documentId)).toEqual(merged);
    redo(db, documentId);
    expect(texts(db, documentId)).toHaveLength(1);
    expect(redo(db, documentId)).toBeNull();
  });

  it('drops the redo chain when a new change follows an undo', () => {
    const { db, documentId } = setup(3);
    applyChange(db, documentId, 'delete', 0, 1, []);
    undo(db, documentId);
    applyChange(db, documentId, 'delete', 2, 1, []);
    expect(redo(db, documentId)).toBeNull();
    expect(texts(db, documentId)).toHaveLength(2);
  });

  it('lists a bead’s revisions newest first', () => {
    const { db, documentId } = setup(2);
    const [first] = readBeads(db, documentId, 0, 1);
    applyChange(db, documentId, 'edit', 0, 1, [draft(['বাক্য 0।'], ['Edited.'], { id: first!.id })]);
    applyChange(db, documentId, 'edit', 1, 1, [draft(['বাক্য 1।'], ['Other.'])]);
    const history = listRevisions(db, documentId, first!.id);
    expect(history.map((revision) => revision.operation)).toEqual(['edit']);
    expect(history[0]!.before[0]!.target[0]!.text).toBe('Sentence 0.');
    expect(history[0]!.after[0]!.target[0]!.text).toBe('Edited.');
  });

  it('bumps the document revision and refuses a stale one', () => {
    const { db, documentId } = setup(2);
    const before = getDocument(db, documentId).revision;
    const patch = applyChange(db, documentId, 'delete', 0, 1, []);
    expect(patch.revision).toBe(before + 1);
    expect(() => checkRevision(db, documentId, before)).toThrow(/changed since you loaded it/);
    expect(() => checkRevision(db, documentId, patch.revision)).not.toThrow();
  });

  it('pages documents by keyset', () => {
    const { db } = memoryCorpus();
    for (let index = 0; index < 5; index++) {
      insertDocument(db, {
        title: `D${index}`,
        sourceLang: 'bn',
        targetLang: 'en',
        sourceLeading: '',
        targetLeading: '',
      });
    }
    const first = listDocuments(db, 0, 2);
    expect(first.documents.map((d) => d.title)).toEqual(['D0', 'D1']);
    const second = listDocuments(db, first.next!, 2);
    expect(second.documents.map((d) => d.title)).toEqual(['D2', 'D3']);
    expect(listDocuments(db, second.next!, 2).next).toBeNull();
  });
});
