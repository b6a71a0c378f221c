// One benchmark measurement in its own process, so peak RSS belongs to that operation alone.
// Prints one JSON line: { operation, size, medianMs, peakRssMb, runs }.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { align } from '../../corpus/common/align';
import { segment, segmentLines } from '../../corpus/common/segment';
import { createCorpus } from '../../corpus/node/dispatch';
import { openCorpus } from '../../corpus/node/db/open';
import { exportChunks } from '../../corpus/node/exchange/export';
import { syntheticDocument } from './data';

const [operation = '', sizeText = '1000', runsText = '5'] = process.argv.slice(2);
const size = Number(sizeText);
const runs = Number(runsText);
const document = syntheticDocument(size);
const sourceText = document.source.join('\n') + '\n';
const targetText = document.target.join('\n') + '\n';
const directory = mkdtempSync(path.join(tmpdir(), 'setu-bench-'));

function prepareCorpus() {
  const corpus = createCorpus(openCorpus(path.join(directory, `corpus-${Math.random()}.sqlite`)));
  const imported = corpus.call('document.import', {
    title: 'bench',
    source: sourceText,
    target: targetText,
    presegmented: true,
  });
  return { corpus, documentId: imported.id };
}

const operations: Record<string, () => () => void> = {
  segment: () => () => void segment(sourceText.replace(/\n/g, ' '), 'bn'),
  align: () => {
    const source = segmentLines(sourceText).sentences;
    const target = segmentLines(targetText).sentences;
    return () => void align(source, target);
  },
  import: () => () => {
    const corpus = createCorpus(openCorpus(path.join(directory, `import-${Math.random()}.sqlite`)));
    corpus.call('document.import', {
      title: 'bench',
      source: sourceText,
      target: targetText,
      presegmented: true,
    });
    corpus.db.close();
  },
  'export-tmx': () => {
    const { corpus, documentId } = prepareCorpus();
    return () => {
      let bytes = 0;
      for (const chunk of exportChunks(corpus.db, documentId, { format: 'tmx' }))
        bytes += chunk.length;
      if (bytes === 0) throw new Error('empty export');
    };
  },
};

const prepare = operations[operation];
if (!prepare)
  throw new Error(`unknown operation ${operation}; one of ${Object.keys(operations).join(', ')}`);
const run = prepare();
const times: number[] = [];
for (let index = 0; index < runs; index++) {
  const start = performance.now();
  run();
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
rmSync(directory, { recursive: true, force: true });
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    operation,
    size,
    medianMs: times[Math.floor(times.length / 2)],
    peakRssMb,
    runs,
  }),
);
