import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultThreads } from '../../../corpus/node/cli/batch';

const directory = mkdtempSync(path.join(tmpdir(), 'setu-threads-'));

function pair(name: string, bytes: number, line: number) {
  const source = path.join(directory, `${name}.bn.txt`);
  const target = path.join(directory, `${name}.en.txt`);
  writeFileSync(source, 'ক'.repeat(Math.floor(bytes / 3)));
  writeFileSync(target, 'a'.repeat(bytes));
  return { source, target, id: name, line };
}

describe('setu align --batch without --jobs', () => {
  it('keeps a small batch on one thread and spreads a large one over the cores', () => {
    const small = Array.from({ length: 40 }, (_, index) => pair(`small${index}`, 4000, index + 1));
    expect(defaultThreads(small)).toBe(1);
    const large = Array.from({ length: 4 }, (_, index) =>
      pair(`large${index}`, 1_500_000, index + 1),
    );
    expect(defaultThreads(large)).toBe(Math.min(availableParallelism(), 5));
    const missing = [{ source: '/nonexistent/a', target: '/nonexistent/b', id: 'x', line: 1 }];
    expect(defaultThreads(missing)).toBe(1);
  });
});
