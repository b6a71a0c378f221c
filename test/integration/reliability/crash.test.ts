// Crash safety: a child process edits a corpus through the API and is killed with SIGKILL at
// random moments. After every kill the file must open, pass integrity_check, and hold every
// change the API acknowledged. Figures: docs/reliability.md.
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCorpus } from '../../../corpus/node/dispatch';
import { openCorpus } from '../../../corpus/node/db/open';
import { projectRoot } from '../../../corpus/node/paths';

const kills = Number(process.env.SETU_CRASH_KILLS ?? 50);
const directory = mkdtempSync(path.join(tmpdir(), 'setu-crash-'));
// Inside the project, so the bundle's imports (better-sqlite3) resolve from node_modules.
const writer = path.join(
  projectRoot,
  'node_modules',
  '.cache',
  'setu',
  `crash-writer-${process.pid}.mjs`,
);
const file = path.join(directory, 'corpus.sqlite');

type Intent = { intent: string; beadId: number };
type Acknowledgement = {
  kind: string;
  beadId?: number;
  text?: string;
  beads?: number[];
  revision: number;
};

beforeAll(async () => {
  // Bundled once, so each of the many children starts in a fraction of a second.
  await build({
    entryPoints: [path.join(projectRoot, 'test', 'fixtures', 'crash-writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    banner: { js: `globalThis.setuProjectRoot = ${JSON.stringify(projectRoot)};` },
  });
  const corpus = createCorpus(openCorpus(file));
  const lines = Array.from({ length: 200 }, (_, index) => index);
  corpus.call('document.import', {
    title: 'crash',
    source: lines.map((index) => `বাক্য ${index}।`).join('\n'),
    target: lines.map((index) => `Sentence ${index}.`).join('\n'),
    presegmented: true,
  });
  corpus.db.close();
});

function runAndKill(
  seed: number,
  afterMs: number,
): Promise<{ acknowledged: Acknowledgement[]; intent: Intent | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, String(seed)], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: Acknowledgement[] = [];
    let intent: Intent | null = null;
    let buffer = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        else if (line.startsWith('{"intent"')) intent = JSON.parse(line) as Intent;
        else acknowledged.push(JSON.parse(line) as Acknowledgement);
      }
    });
    // 'close', not 'exit': it waits until everything the child printed has been read.
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself: ${errors}`));
      else resolve({ acknowledged, intent });
    });
  });
}

describe('crash safety', () => {
  it(
    `keeps every acknowledged change through ${kills} SIGKILLs`,
    { timeout: 600_000 },
    async () => {
      let totalAcknowledged = 0;
      let lostEdits = 0;
      let fullyChecked = 0;
      for (let kill = 0; kill < kills; kill++) {
        const { acknowledged, intent } = await runAndKill(kill + 1, 100 + ((kill * 7919) % 400));
        totalAcknowledged += acknowledged.length;

        const db = new Database(file, { readonly: true });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const revision = db
          .prepare('SELECT revision FROM document WHERE id = 1')
          .pluck()
          .get() as number;
        const last = acknowledged.at(-1);
        // The kill may land after a commit and before its acknowledgement, never the other way.
        if (last) expect([last.revision, last.revision + 1]).toContain(revision);
        // An acknowledged edit must be there unless a later change touched that bead. The kill
        // often lands inside the commit's fsync: the change is then in the file but was never
        // acknowledged; its intent says which bead it touched. An undo or merge there may have
        // changed any recent bead, so that round is left to the integrity checks.
        const unacknowledgedCommit = last !== undefined && revision === last.revision + 1;
        const unknownChange =
          unacknowledgedCommit && (intent?.intent === 'undo' || intent?.intent === 'merge');
        if (!unknownChange) fullyChecked += 1;
        acknowledged.forEach((entry, index) => {
          if (unknownChange) return;
          if (unacknowledgedCommit && entry.beadId === intent?.beadId) return;
          if (entry.kind !== 'edit') return;
          const laterTouch = acknowledged
            .slice(index + 1)
            .some((later) => later.kind !== 'edit' || later.beadId === entry.beadId);
          if (laterTouch) return;
          const text = db
            .prepare(
              "SELECT group_concat(text, ' ') FROM sentence WHERE bead_id = ? AND side = 'target' ORDER BY ordinal",
            )
            .pluck()
            .get(entry.beadId);
          if (text !== entry.text) lostEdits += 1;
        });
        const ordinals = db
          .prepare('SELECT ordinal FROM bead WHERE document_id = 1 ORDER BY ordinal')
          .pluck()
          .all() as number[];
        expect(ordinals).toEqual(ordinals.map((_, index) => index));
        db.close();
      }
      expect(lostEdits).toBe(0);
      expect(totalAcknowledged).toBeGreaterThanOrEqual(1000);
      expect(fullyChecked).toBeGreaterThan(kills / 2);
      console.log(
        `crash safety: ${kills} kills, ${totalAcknowledged} acknowledged changes, ${fullyChecked} rounds checked edit by edit, ${lostEdits} edits lost`,
      );
    },
  );
});
