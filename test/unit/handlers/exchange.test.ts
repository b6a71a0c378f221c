import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinSentences } from '../../../shared/model';
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
  return { corpus, document };
}

const snapshot = (corpus: ReturnType<typeof memoryCorpus>) =>
  JSON.stringify(corpus.db.prepare('SELECT * FROM bead ORDER BY id').all()) +
  JSON.stringify(corpus.db.prepare('SELECT * FROM sentence ORDER BY id').all()) +
  JSON.stringify(corpus.db.prepare('SELECT id, title, revision FROM document ORDER BY id').all());

describe('exchange through the API', () => {
  it('round-trips a document through TMX with statuses, scores and notes', () => {
    const { corpus, document } = imported();
    const beads = corpus.call('bead.list', { documentId: document.id }).beads;
    let revision = document.revision;
    revision = corpus.call('bead.setStatus', {
      documentId: document.id,
      beadId: beads[0]!.id,
      status: 'confirmed',
      baseRev: revision,
    }).revision;
    corpus.call('bead.setNote', {
      documentId: document.id,
      beadId: beads[1]!.id,
      note: 'TASS: keep the Latin',
      baseRev: revision,
    });
    const tmx = corpus.call('document.export', {
      documentId: document.id,
      options: { format: 'tmx', paragraphUnits: true },
    });

    const target = memoryCorpus();
    const result = target.call('document.importTmx', {
      content: tmx.content,
      title: 'ignored: units name their document',
    });
    expect(result.documents.map((d) => d.title)).toEqual(['Lavrov']);
    const original = corpus.call('bead.list', { documentId: document.id }).beads;
    const copy = target.call('bead.list', { documentId: result.documents[0]!.id }).beads;
    const text = joinSentences;
    expect(copy.map((b) => [text(b.source), text(b.target), b.status, b.note])).toEqual(
      original.map((b) => [text(b.source), text(b.target), b.status, b.note]),
    );
  });

  it('round-trips TSV and CSV', () => {
    const { corpus, document } = imported();
    for (const format of ['tsv', 'csv'] as const) {
      const exported = corpus.call('document.export', {
        documentId: document.id,
        options: { format },
      });
      const target = memoryCorpus();
      const result = target.call('document.importTable', {
        content: exported.content,
        title: 'Copy',
        format,
      });
      expect(result.units).toBe(document.beadCount);
    }
  });

  it('exports XLIFF 1.2 with the document as the file', () => {
    const { corpus, document } = imported();
    const xliff = corpus.call('document.export', {
      documentId: document.id,
      options: { format: 'xliff' },
    });
    expect(xliff.content).toContain('<xliff version="1.2"');
    expect(xliff.content).toContain('original="Lavrov"');
    expect(xliff.filename).toBe('Lavrov.xliff');
  });

  it('leaves the corpus unchanged when a TMX fails halfway, naming the line', () => {
    const { corpus } = imported();
    const before = snapshot(corpus);
    const broken =
      '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="bn" adminlang="en" segtype="sentence" o-tmf="x" datatype="plaintext" creationtool="x" creationtoolversion="1"/><body>\n' +
      '<tu><tuv xml:lang="bn"><seg>এক</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>\n'.repeat(
        50,
      ) +
      '<tu><tuv xml:lang="bn"><seg>ভাঙা</seg></tuv>\n</body></tmx>';
    const response = corpus.dispatch('document.importTmx', { content: broken, title: 'Broken' });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: expect.stringMatching(/line 53/) },
    });
    expect(snapshot(corpus)).toBe(before);
  });

  it('refuses an entity bomb without expanding it', () => {
    const corpus = memoryCorpus();
    const bomb = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<tmx version="1.4"><header srclang="bn"/><body><tu><tuv xml:lang="bn"><seg>&c;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`;
    expect(corpus.dispatch('document.importTmx', { content: bomb, title: 'Bomb' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(corpus.call('corpus.info', {}).documentCount).toBe(0);
  });
});
