// One suite, every transport: the same calls must give the same results in process, over HTTP
// and over IPC (each transport's test file runs it against its own client).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusClient } from '../../shared/client';
import { ApiError } from '../../shared/errors';
import { sampleFiles } from '../../corpus/node/samples';

export function contractSuite(name: string, makeClient: () => Promise<CorpusClient>) {
  describe(`API contract over ${name}`, () => {
    const sample = sampleFiles();
    const source = readFileSync(sample.source, 'utf8');
    const target = readFileSync(sample.target, 'utf8');

    async function imported() {
      const client = await makeClient();
      const document = await client.call('document.import', { title: 'Sample', source, target });
      const { beads, revision } = await client.call('bead.list', { documentId: document.id });
      return { client, document, beads, revision };
    }

    it('imports a document pair and lists it', async () => {
      const { client, document, beads } = await imported();
      expect(document.beadCount).toBe(beads.length);
      expect(beads.length).toBeGreaterThan(10);
      const list = await client.call('document.list', {});
      expect(list.documents.map((d) => d.id)).toContain(document.id);
      const glued = beads
        .flatMap((bead) => bead.source)
        .map((s) => s.text + s.trailing)
        .join('');
      expect(glued).toBe(source.trimStart());
    });

    it('edits, merges, splits, undoes and redoes with one revision each', async () => {
      const { client, document, beads, revision } = await imported();
      const edited = await client.call('target.edit', {
        documentId: document.id,
        beadId: beads[0]!.id,
        text: 'An edited first sentence.',
        baseRev: revision,
      });
      expect(edited.revision).toBe(revision + 1);
      expect(edited.beads[0]!.target.map((s) => s.text)).toEqual(['An edited first sentence.']);

      const merged = await client.call('bead.merge', {
        documentId: document.id,
        beadId: beads[1]!.id,
        direction: 'next',
        baseRev: edited.revision,
      });
      expect(merged).toMatchObject({ start: 1, deleteCount: 2, beadCount: beads.length - 1 });
      const mergedBead = merged.beads[0]!;
      expect(mergedBead.source).toEqual(
        [...beads[1]!.source, ...beads[2]!.source].map((s) =>
          expect.objectContaining({ text: s.text }),
        ),
      );

      const split = await client.call('bead.split', {
        documentId: document.id,
        beadId: mergedBead.id,
        sourceSentences: beads[1]!.source.length,
        targetSentences: beads[1]!.target.length,
        baseRev: merged.revision,
      });
      expect(split.beads).toHaveLength(2);

      const undone = await client.call('history.undo', {
        documentId: document.id,
        baseRev: split.revision,
      });
      expect(undone!.beads).toHaveLength(1);
      const undoneAgain = await client.call('history.undo', {
        documentId: document.id,
        baseRev: undone!.revision,
      });
      const restored = await client.call('bead.list', {
        documentId: document.id,
        from: 0,
        limit: 3,
      });
      expect(restored.beads.map((b) => b.id)).toEqual(beads.slice(0, 3).map((b) => b.id));
      const redone = await client.call('history.redo', {
        documentId: document.id,
        baseRev: undoneAgain!.revision,
      });
      expect(redone!.beads).toHaveLength(1);
    });

    it('refuses a stale revision with its code', async () => {
      const { client, document, beads, revision } = await imported();
      await client.call('bead.setStatus', {
        documentId: document.id,
        beadId: beads[0]!.id,
        status: 'confirmed',
        baseRev: revision,
      });
      await expect(
        client.call('bead.setStatus', {
          documentId: document.id,
          beadId: beads[0]!.id,
          status: 'flagged',
          baseRev: revision,
        }),
      ).rejects.toMatchObject({ code: 'stale_revision' });
    });

    it('answers bad arguments and unknown ids with coded errors', async () => {
      const client = await makeClient();
      await expect(client.call('document.get', { documentId: 424242 })).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(
        client.call('document.get', { documentId: 'x' } as unknown as { documentId: number }),
      ).rejects.toBeInstanceOf(ApiError);
      await expect(
        client.call('document.get', { documentId: 'x' } as unknown as { documentId: number }),
      ).rejects.toMatchObject({ code: 'invalid_args' });
      await expect(
        client.call('document.import', { title: 'Empty', source: '  ', target: '' }),
      ).rejects.toMatchObject({
        code: 'bad_input',
      });
    });

    it('exports a document as TMX', async () => {
      const { client, document } = await imported();
      const exported = await client.call('document.export', {
        documentId: document.id,
        options: { format: 'tmx' },
      });
      expect(exported.mediaType).toMatch(/xml/);
      expect(exported.content).toContain('<tmx version="1.4">');
      expect(exported.content).toContain('ল্যাভরভ');
    });
  });
}
