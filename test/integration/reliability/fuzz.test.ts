// Malformed input, generated: every file Setu is handed either imports or is refused with a
// clear bad_input error, never an internal error, and a refusal leaves the corpus byte-identical.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { random } from '../../../scripts/bench/data';
import { sampleFiles } from '../../../corpus/node/samples';
import { memoryCorpus } from '../../helpers/corpus';

const inputs = Number(process.env.SETU_FUZZ_INPUTS ?? 300);

function validTmx(): string {
  const corpus = memoryCorpus();
  const sample = sampleFiles();
  const document = corpus.call('document.import', {
    title: 'Seed',
    source: readFileSync(sample.source, 'utf8'),
    target: readFileSync(sample.target, 'utf8'),
  });
  return corpus.call('document.export', { documentId: document.id, options: { format: 'tmx' } })
    .content;
}

const nasty = [
  '<',
  '>',
  '&',
  '&amp',
  '&#0;',
  '&#xD800;',
  '\u0000',
  '\u0007',
  ']]>',
  '<!--',
  '<![CDATA[',
  '"',
  "'",
  '</tu>',
  '<tu>',
  '<seg>',
  '</body>',
  '\uFFFE',
  '&lol;',
  '<!DOCTYPE x [<!ENTITY lol "lol">]>',
  'xml:lang=""',
  '\uD800',
];

function mutate(text: string, next: () => number): string {
  const at = () => Math.floor(next() * text.length);
  switch (Math.floor(next() * 6)) {
    case 0:
      return text.slice(0, at());
    case 1: {
      const start = at();
      return text.slice(0, start) + text.slice(start + 1 + Math.floor(next() * 200));
    }
    case 2: {
      const start = at();
      return text.slice(0, start) + nasty[Math.floor(next() * nasty.length)] + text.slice(start);
    }
    case 3: {
      const start = at();
      const end = Math.min(text.length, start + Math.floor(next() * 300));
      return text.slice(0, end) + text.slice(start, end) + text.slice(end);
    }
    case 4:
      return text
        .replace(
          /version="1\.4"/,
          `version="${Math.floor(next() * 10)}.${Math.floor(next() * 10)}"`,
        )
        .replace(/srclang="bn"/, next() < 0.5 ? '' : 'srclang="xx"');
    default:
      return Array.from({ length: 1 + Math.floor(next() * 2000) }, () =>
        String.fromCharCode(Math.floor(next() * 0x10000)),
      ).join('');
  }
}

const fingerprint = (corpus: ReturnType<typeof memoryCorpus>) =>
  ['document', 'bead', 'sentence', 'revision']
    .map((table) =>
      JSON.stringify(corpus.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()),
    )
    .join('|');

describe('fuzzed input', () => {
  it(`answers ${inputs} malformed TMX, TSV and text inputs cleanly`, { timeout: 300_000 }, () => {
    const seed = validTmx();
    const table = 'bn\ten\tstatus\tscore\tnote\nএক।\tOne.\tconfirmed\t0.9\t\nদুই।\tTwo.\tauto\t\t\n';
    const corpus = memoryCorpus();
    corpus.call('document.import', {
      title: 'Existing',
      source: 'আগের লেখা।',
      target: 'Earlier text.',
    });
    const next = random(20261128);
    const outcomes = { imported: 0, refused: 0 };
    for (let index = 0; index < inputs; index++) {
      const kind = index % 3;
      const before = fingerprint(corpus);
      const response =
        kind === 0
          ? corpus.dispatch('document.importTmx', {
              content: mutate(seed, next),
              title: `fuzz ${index}`,
            })
          : kind === 1
            ? corpus.dispatch('document.importTable', {
                content: mutate(table, next),
                title: `fuzz ${index}`,
                format: next() < 0.5 ? 'tsv' : 'csv',
              })
            : corpus.dispatch('document.import', {
                title: `fuzz ${index}`,
                source: mutate('ডা. রহমান এলেন। তিনি বললেন।\n', next),
                target: mutate('Dr. Rahman came. He spoke.\n', next),
              });
      if (response.ok) {
        outcomes.imported += 1;
        continue;
      }
      outcomes.refused += 1;
      expect(response.error.code, `input ${index}: ${response.error.message}`).toBe('bad_input');
      expect(response.error.message.length).toBeGreaterThan(10);
      expect(response.error.message).not.toContain('\n');
      expect(fingerprint(corpus), `input ${index} changed the corpus`).toBe(before);
    }
    expect(outcomes.refused).toBeGreaterThan(inputs / 4);
    console.log(
      `fuzz: ${inputs} inputs, ${outcomes.imported} imported, ${outcomes.refused} refused cleanly`,
    );
  });
});
