import type { FormEvent } from 'react';
import { useState } from 'react';
import type { CorpusClient } from '../../../shared/client';
import type { ExportFormat, ExportOptions } from '../../../shared/model';
import { exportFormats } from '../../../shared/model';
import { useReporter } from '../app/reporter';
import { saveTextFile } from './download';
import { Modal } from './Modal';

const formatLabels: Record<ExportFormat, string> = {
  tmx: 'TMX 1.4 (CAT tools, MT training)',
  tsv: 'TSV (Bengali ⇥ English per line)',
  csv: 'CSV (spreadsheets)',
  xliff: 'XLIFF',
};

export function ExportDialog({
  client,
  documentId,
  beforeExport,
  onClose,
}: {
  client: CorpusClient;
  documentId: number;
  /** Resolves when every queued edit is saved, so the file holds what is on screen. */
  beforeExport: () => Promise<void>;
  onClose: () => void;
}) {
  const reporter = useReporter();
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [confirmedOnly, setConfirmedOnly] = useState(false);
  const [skipUnpaired, setSkipUnpaired] = useState(true);
  const [paragraphUnits, setParagraphUnits] = useState(false);
  const [wholeCorpus, setWholeCorpus] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await beforeExport();
      const options: ExportOptions = { format, confirmedOnly, skipUnpaired, paragraphUnits };
      const file = await client.call(
        'document.export',
        wholeCorpus ? { options } : { documentId, options },
      );
      const saved = await saveTextFile(file.filename, file.mediaType, file.content);
      if (saved) {
        reporter.notice(`Exported ${file.filename}`);
        onClose();
      }
    } catch (error) {
      reporter.error(error, 'Exporting');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Export" onClose={onClose}>
      <form className="export-form" onSubmit={submit}>
        <fieldset>
          <legend>Format</legend>
          {exportFormats.map((each) => (
            <label key={each} className="radio">
              <input
                type="radio"
                name="format"
                value={each}
                checked={format === each}
                onChange={() => setFormat(each)}
              />
              {formatLabels[each]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>What to include</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={confirmedOnly}
              onChange={(event) => setConfirmedOnly(event.target.checked)}
            />
            Only confirmed rows
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={skipUnpaired}
              onChange={(event) => setSkipUnpaired(event.target.checked)}
            />
            Leave out rows with one side empty (1-0, 0-1)
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={paragraphUnits}
              onChange={(event) => setParagraphUnits(event.target.checked)}
            />
            One unit per paragraph instead of per row
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={wholeCorpus}
              onChange={(event) => setWholeCorpus(event.target.checked)}
            />
            Every document in the corpus, not only this one
          </label>
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
