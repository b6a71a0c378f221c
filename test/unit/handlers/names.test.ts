import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleFiles } from '../../../corpus/node/samples';
import { memoryCorpus } from '../../helpers/corpus';

function imported() {
  const corpus = memoryCorpus();
  const sample = sampleFiles();
  const document = corpus.call('document.import', {
    title: 'Lavrov',
    source: readFileSync(sample.source, 'utf8'),
    target: readFileSync(sample.target, 'utf8'),
  });
  return { corpus, document, beads: corpus.call('bead.list', { documentId: document.id }).beads };
}

describe('names through the API', () => {
  it('mines the article’s names with their variants, then leaves out accepted and rejected pairs', () => {
    const { corpus, document } = imported();
    const pairs = corpus.call('names.mine', { documentId: document.id }).pairs;
    const lavrov = pairs.find((pair) => pair.en === 'Lavrov');
    expect(lavrov).toBeDefined();
    expect([lavrov!.bn, ...lavrov!.variants]).toEqual(
      expect.arrayContaining(['ল্যাভরভ', 'লাভরভ', 'ল্যাভরভের']),
    );
    expect(pairs.find((pair) => pair.en === 'TASS')).toMatchObject({ bn: 'TASS' });

    corpus.call('glossary.add', {
      source: lavrov!.bn,
      target: 'Lavrov',
      variants: lavrov!.variants,
    });
    const peskov = pairs.find((pair) => pair.en.includes('Peskov'))!;
    corpus.call('glossary.reject', { source: peskov.bn, target: peskov.en });
    const again = corpus.call('names.mine', { documentId: document.id }).pairs;
    expect(again.find((pair) => pair.en === 'Lavrov')).toBeUndefined();
    expect(again.find((pair) => pair.en === peskov.en && pair.bn === peskov.bn)).toBeUndefined();
    expect(again.length).toBeLessThan(pairs.length);
  });

  it('gives hints for a bead’s names and flags a name the English misspells', () => {
    const { corpus, document, beads } = imported();
    corpus.call('glossary.add', {
      source: 'ল্যাভরভ',
      target: 'Lavrov',
      variants: ['লাভরভ', 'ল্যাভরভের'],
    });
    const bead = beads.find((candidate) =>
      candidate.source.some((sentence) => sentence.text.includes('ল্যাভরভের')),
    )!;
    const hints = corpus.call('bead.hints', { documentId: document.id, beadId: bead.id }).hints;
    const lavrov = hints.find((hint) => hint.english === 'Lavrov')!;
    expect(lavrov.status).toBe('present');
    const source = bead.source.map((s) => s.text).join(' ');
    expect(source.slice(lavrov.start, lavrov.end)).toBe(lavrov.text);

    const misspelt = bead.target
      .map((s) => s.text)
      .join(' ')
      .replaceAll('Lavrov', 'Lavrow');
    const patch = corpus.call('target.edit', {
      documentId: document.id,
      beadId: bead.id,
      text: misspelt,
      baseRev: document.revision,
    });
    const analysis = corpus.call('bead.hints', { documentId: document.id, beadId: bead.id });
    expect(analysis.hints.find((hint) => hint.english === 'Lavrov')!.status).toBe('variant');
    expect(analysis.flags.map((flag) => flag.kind)).toContain('name-spelling');
    const listed = corpus.call('bead.list', {
      documentId: document.id,
      from: patch.start,
      limit: 1,
      withFlags: true,
    });
    expect(listed.beads[0]!.flags!.map((flag) => flag.kind)).toContain('name-spelling');
  });

  it('flags a number that is on one side only', () => {
    const corpus = memoryCorpus();
    const document = corpus.call('document.import', {
      title: 'Numbers',
      source: 'বৈঠকটি ১,০০০ জনের সামনে হয়েছিল।\n',
      target: 'The meeting took place before 100 people.\n',
      presegmented: true,
    });
    const [bead] = corpus.call('bead.list', { documentId: document.id, withFlags: true }).beads;
    expect(bead!.flags!.map((flag) => flag.kind)).toContain('number-mismatch');
  });
});
