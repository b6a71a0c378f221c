import { describe, expect, it } from 'vitest';
import type { BeadView } from '../../../shared/model';
import { memoryCorpus } from '../../helpers/corpus';

const bengali = ['প্রথম বাক্য।', 'দ্বিতীয় বাক্য।', 'তৃতীয় বাক্য।', 'চতুর্থ বাক্য।'];
const english = ['First sentence.', 'Second sentence.', 'Third sentence.', 'Fourth sentence.'];

function setup() {
  const corpus = memoryCorpus();
  const document = corpus.call('document.import', {
    title: 'Four',
    source: bengali.join('\n') + '\n',
    target: english.join('\n') + '\n',
    presegmented: true,
  });
  const state = { revision: document.revision };
  const beads = () => corpus.call('bead.list', { documentId: document.id }).beads;
  const shape = () => beads().map((bead) => [bead.source.length, bead.target.length]);
  const mutate = <T extends { revision: number } | null>(result: T): T => {
    if (result) state.revision = result.revision;
    return result;
  };
  const side = (bead: BeadView, which: 'source' | 'target') =>
    bead[which].map((sentence) => sentence.text);
  return { corpus, documentId: document.id, state, beads, shape, mutate, side };
}

describe('bead handlers', () => {
  it('imports presegmented lines one to one with their line breaks kept', () => {
    const { beads, shape } = setup();
    expect(shape()).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(beads()[0]!.source[0]!.trailing).toBe('\n');
  });

  it('moves the last English sentence to the next bead and the first back again', () => {
    const { corpus, documentId, state, beads, shape, mutate, side } = setup();
    const [first, second] = beads();
    mutate(
      corpus.call('bead.move', {
        documentId,
        beadId: first!.id,
        side: 'target',
        edge: 'last',
        baseRev: state.revision,
      }),
    );
    expect(shape()).toEqual([
      [1, 0],
      [1, 2],
      [1, 1],
      [1, 1],
    ]);
    expect(side(beads()[1]!, 'target')).toEqual(['First sentence.', 'Second sentence.']);
    mutate(
      corpus.call('bead.move', {
        documentId,
        beadId: second!.id,
        side: 'target',
        edge: 'first',
        baseRev: state.revision,
      }),
    );
    expect(shape()).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('drops a bead that a move leaves empty on both sides', () => {
    const { corpus, documentId, state, beads, shape, mutate } = setup();
    const [first] = beads();
    mutate(
      corpus.call('bead.move', {
        documentId,
        beadId: first!.id,
        side: 'target',
        edge: 'last',
        baseRev: state.revision,
      }),
    );
    mutate(
      corpus.call('bead.move', {
        documentId,
        beadId: first!.id,
        side: 'source',
        edge: 'last',
        baseRev: state.revision,
      }),
    );
    expect(shape()).toEqual([
      [2, 2],
      [1, 1],
      [1, 1],
    ]);
  });

  it('refuses a move with no neighbour or no sentence', () => {
    const { corpus, documentId, state, beads } = setup();
    const [first] = beads();
    expect(() =>
      corpus.call('bead.move', {
        documentId,
        beadId: first!.id,
        side: 'source',
        edge: 'first',
        baseRev: state.revision,
      }),
    ).toThrow(/no bead before/);
  });

  it('splits the English at a cursor offset', () => {
    const { corpus, documentId, state, beads, mutate, side } = setup();
    const [first] = beads();
    const edited = mutate(
      corpus.call('target.edit', {
        documentId,
        beadId: first!.id,
        text: 'Alpha beta. Gamma delta.',
        baseRev: state.revision,
      }),
    );
    expect(side(edited.beads[0]!, 'target')).toEqual(['Alpha beta.', 'Gamma delta.']);
    const split = mutate(
      corpus.call('bead.split', {
        documentId,
        beadId: first!.id,
        sourceSentences: 1,
        targetOffset: 11,
        baseRev: state.revision,
      }),
    );
    expect(split.beads.map((bead) => side(bead, 'target'))).toEqual([
      ['Alpha beta.'],
      ['Gamma delta.'],
    ]);
    expect(split.beads[1]!.source).toEqual([]);
  });

  it('refuses a split that leaves an empty bead', () => {
    const { corpus, documentId, state, beads } = setup();
    expect(() =>
      corpus.call('bead.split', {
        documentId,
        beadId: beads()[0]!.id,
        sourceSentences: 0,
        targetSentences: 0,
        baseRev: state.revision,
      }),
    ).toThrow(/empty bead/);
  });

  it('inserts and deletes beads, renumbering the rest', () => {
    const { corpus, documentId, state, beads, mutate } = setup();
    const inserted = mutate(
      corpus.call('bead.insert', { documentId, at: 2, baseRev: state.revision }),
    );
    expect(inserted).toMatchObject({ start: 2, deleteCount: 0, beadCount: 5 });
    expect(beads().map((bead) => bead.ordinal)).toEqual([0, 1, 2, 3, 4]);
    mutate(
      corpus.call('bead.delete', {
        documentId,
        beadId: inserted.beads[0]!.id,
        baseRev: state.revision,
      }),
    );
    expect(beads()).toHaveLength(4);
  });

  it('edits the English, keeping the line break after the bead', () => {
    const { corpus, documentId, state, beads, mutate } = setup();
    const patch = mutate(
      corpus.call('target.edit', {
        documentId,
        beadId: beads()[1]!.id,
        text: '  Changed.  ',
        baseRev: state.revision,
      }),
    );
    expect(patch.beads[0]!.target).toEqual([
      expect.objectContaining({ text: 'Changed.', trailing: '\n' }),
    ]);
    const same = corpus.call('target.edit', {
      documentId,
      beadId: beads()[1]!.id,
      text: 'Changed.',
      baseRev: state.revision,
    });
    expect(same.revision).toBe(state.revision);
  });

  it('confirms every bead up to a row in one undoable step', () => {
    const { corpus, documentId, state, beads, mutate } = setup();
    mutate(
      corpus.call('bead.setStatus', {
        documentId,
        beadId: beads()[0]!.id,
        status: 'confirmed',
        baseRev: state.revision,
      }),
    );
    const patch = mutate(
      corpus.call('bead.confirmThrough', { documentId, ordinal: 2, baseRev: state.revision }),
    );
    expect(patch.start).toBe(1);
    expect(beads().map((bead) => bead.status)).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'auto',
    ]);
    mutate(corpus.call('history.undo', { documentId, baseRev: state.revision }));
    expect(beads().map((bead) => bead.status)).toEqual(['confirmed', 'auto', 'auto', 'auto']);
  });

  it('keeps notes and lists a bead’s history', () => {
    const { corpus, documentId, state, beads, mutate } = setup();
    const beadId = beads()[0]!.id;
    mutate(
      corpus.call('bead.setNote', {
        documentId,
        beadId,
        note: 'check the name',
        baseRev: state.revision,
      }),
    );
    mutate(
      corpus.call('target.edit', {
        documentId,
        beadId,
        text: 'First, edited.',
        baseRev: state.revision,
      }),
    );
    expect(beads()[0]!.note).toBe('check the name');
    const history = corpus.call('history.list', { documentId, beadId });
    expect(history.revisions.map((revision) => revision.operation)).toEqual([
      'target.edit',
      'bead.setNote',
    ]);
  });

  it('emits a change event with the patch for other windows', () => {
    const { corpus, documentId, state, beads } = setup();
    const events: unknown[] = [];
    corpus.subscribe((event) => events.push(event));
    corpus.call('bead.setStatus', {
      documentId,
      beadId: beads()[0]!.id,
      status: 'flagged',
      baseRev: state.revision,
    });
    expect(events).toEqual([
      expect.objectContaining({ type: 'corpus.changed', documentId, revision: state.revision + 1 }),
    ]);
  });

  it('leaves the corpus unchanged when a mutation fails halfway', () => {
    const { corpus, documentId, state, beads } = setup();
    const before = JSON.stringify(beads());
    const response = corpus.dispatch('bead.merge', {
      documentId,
      beadId: beads()[3]!.id,
      direction: 'next',
      baseRev: state.revision,
    });
    expect(response).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(JSON.stringify(beads())).toBe(before);
  });

  it('refuses unknown methods and properties', () => {
    const { corpus } = setup();
    expect(corpus.dispatch('bead.explode', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(corpus.dispatch('document.list', { page: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args', message: 'page: expected no such property' },
    });
  });
});

describe('bead search', () => {
  it('finds whole Bengali words and English words, folded like the index', () => {
    const corpus = memoryCorpus();
    const document = corpus.call('document.import', {
      title: 'Names',
      source: 'সের্গেই ল্যাভরভ পিয়ংইয়ং গেলেন।\nকিম জং উন বললেন।\nকোরিয়ার খবর।\n',
      target: 'Sergei Lavrov went to Pyongyang.\nKim Jong Un spoke.\nNews of Korea.\n',
      presegmented: true,
    });
    const find = (query: string) =>
      corpus
        .call('bead.search', { documentId: document.id, query })
        .beads.map((bead) => bead.ordinal);
    expect(find('ল্যাভরভ')).toEqual([0]);
    expect(find('ল্যাভ')).toEqual([0]);
    expect(find('কার')).toEqual([]);
    expect(find('kim spoke')).toEqual([1]);
    expect(find('পিয়ংইয়ং')).toEqual([0]);
    expect(find('পিয়ংইয়ং'.normalize('NFD'))).toEqual([0]);
    expect(find('kim" OR (')).toEqual([]);
    expect(find('kim"* (')).toEqual([1]);
    expect(find('(')).toEqual([0, 1, 2]);
  });

  it('filters by status, score and shape, paging by keyset', () => {
    const { corpus, documentId, state, beads, mutate } = setup();
    mutate(
      corpus.call('bead.setStatus', {
        documentId,
        beadId: beads()[2]!.id,
        status: 'flagged',
        baseRev: state.revision,
      }),
    );
    expect(
      corpus
        .call('bead.search', { documentId, status: 'flagged' })
        .beads.map((bead) => bead.ordinal),
    ).toEqual([2]);
    mutate(
      corpus.call('bead.merge', {
        documentId,
        beadId: beads()[0]!.id,
        direction: 'next',
        baseRev: state.revision,
      }),
    );
    expect(
      corpus
        .call('bead.search', { documentId, notOneToOne: true })
        .beads.map((bead) => bead.ordinal),
    ).toEqual([0]);
    const first = corpus.call('bead.search', { documentId, limit: 2 });
    expect(first.next).toBe(2);
    expect(
      corpus
        .call('bead.search', { documentId, from: first.next!, limit: 2 })
        .beads.map((bead) => bead.ordinal),
    ).toEqual([2]);
  });
});

describe('progress of long calls', () => {
  it('reports the stages of an import to subscribers while the call runs', () => {
    const corpus = memoryCorpus();
    const events: { type: string; label?: string; done?: number }[] = [];
    corpus.subscribe((event) => events.push(event));
    corpus.call('document.import', {
      title: 'Progress',
      source: 'এক।\nদুই।\n',
      target: 'One.\nTwo.\n',
      presegmented: true,
    });
    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.map((event) => event.label)).toEqual([
      'Splitting sentences and aligning',
      'Storing the aligned pairs',
      'Imported',
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'corpus.changed' });
  });
});
