// Imports aligned units other tools wrote: a TMX, or a TSV/CSV table of Bengali and English.
// The bytes are decoded here (UTF-8 with or without a BOM, UTF-16 with one), so a file in an
// encoding Setu cannot read is refused before anything is sent.

import type { ChangeEvent, FormEvent } from 'react';
import { useId, useState } from 'react';
import type { ImportResult } from '../../../shared/api';
import type { CorpusClient, OpenedTextFile } from '../../../shared/client';
import { decodeText } from '../../../corpus/common/exchange/decode';
import { useReporter } from '../app/reporter';
import type { UnitFileFormat } from '../logic/appCommands';
import { unitFormatOf } from '../logic/appCommands';
import { describeUnitImport, titleFromFileName } from '../logic/unitImport';

type UnitFile = { key: number; name: string; text: string; format: UnitFileFormat; title: string };

const unitFormats = ['tmx', 'tsv', 'csv'] as const satisfies readonly UnitFileFormat[];

const formatLabels: Record<UnitFileFormat, string> = {
  tmx: 'TMX',
  tsv: 'TSV (tab-separated)',
  csv: 'CSV (comma-separated)',
};

let nextFileKey = 1;

function unitFile(file: OpenedTextFile): UnitFile {
  return {
    key: nextFileKey++,
    name: file.name,
    text: file.text,
    // A text without a telling extension is sniffed: markup is TMX, a tab makes a TSV.
    format:
      unitFormatOf(file.name) ??
      (file.text.trimStart().startsWith('<') ? 'tmx' : file.text.includes('\t') ? 'tsv' : 'csv'),
    title: titleFromFileName(file.name),
  };
}

export function UnitImportForm({
  client,
  initialFiles,
  onImported,
}: {
  client: CorpusClient;
  /** Files the desktop app opened; the user still confirms the import. */
  initialFiles: readonly OpenedTextFile[];
  onImported: (results: ImportResult[]) => void;
}) {
  const reporter = useReporter();
  const inputId = useId();
  const [files, setFiles] = useState<UnitFile[]>(() => initialFiles.map(unitFile));
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const chosen = [...(input.files ?? [])];
    const read: UnitFile[] = [];
    for (const file of chosen) {
      try {
        const { text } = decodeText(new Uint8Array(await file.arrayBuffer()));
        read.push(unitFile({ name: file.name, text }));
      } catch (error) {
        reporter.error(error, `Reading ${file.name}`);
      }
    }
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    input.value = '';
    setFiles((current) => [...current, ...read]);
  };

  const update = (key: number, change: Partial<Pick<UnitFile, 'format' | 'title'>>) =>
    setFiles((current) =>
      current.map((file) => (file.key === key ? { ...file, ...change } : file)),
    );

  const ready = files.length > 0 && files.every((file) => file.title.trim() !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const results: ImportResult[] = [];
    try {
      for (const file of files) {
        const title = file.title.trim();
        let result: ImportResult;
        try {
          result =
            file.format === 'tmx'
              ? await client.call('document.importTmx', { content: file.text, title })
              : await client.call('document.importTable', {
                  content: file.text,
                  title,
                  format: file.format,
                });
        } catch (error) {
          // The files after a failed one stay in the list with it, to retry once it is fixed.
          reporter.error(error, `Importing ${file.name}`);
          break;
        }
        results.push(result);
        reporter.notice(describeUnitImport(file.name, result));
        setFiles((current) => current.filter((each) => each.key !== file.key));
      }
    } finally {
      setBusy(false);
    }
    if (results.length > 0) onImported(results);
  };

  return (
    <form className="import-form" onSubmit={submit} aria-label="Import TMX, TSV or CSV">
      <p className="hint">
        Aligned units from another tool: a TMX file, or a TSV or CSV table whose header row names a{' '}
        <code>bn</code> and an <code>en</code> column (as Setu exports them). Units that name their
        document go there; the rest go to the title given here.
      </p>
      <div className="field">
        <label htmlFor={inputId}>TMX, TSV or CSV file</label>
        <input
          id={inputId}
          type="file"
          accept=".tmx,.tsv,.csv,.txt,.xml"
          multiple
          onChange={choose}
          disabled={busy}
        />
      </div>
      {files.length > 0 && (
        <table className="unit-file-table">
          <thead>
            <tr>
              <th>File</th>
              <th>Format</th>
              <th>Title</th>
              <th>
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {files.map((file) => (
              <tr key={file.key} data-testid="unit-file">
                <td>
                  {file.name}
                  <span className="hint"> · {file.text.length.toLocaleString()} characters</span>
                </td>
                <td>
                  <select
                    aria-label={`Format of ${file.name}`}
                    value={file.format}
                    onChange={(event) => {
                      const format = unitFormats.find((each) => each === event.target.value);
                      if (format) update(file.key, { format });
                    }}
                  >
                    {unitFormats.map((format) => (
                      <option key={format} value={format}>
                        {formatLabels[format]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Title for ${file.name}`}
                    value={file.title}
                    onChange={(event) => update(file.key, { title: event.target.value })}
                    required
                  />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      setFiles((current) => current.filter((each) => each.key !== file.key))
                    }
                    disabled={busy}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="import-actions">
        <button type="submit" className="primary" disabled={!ready || busy}>
          {busy ? 'Importing…' : files.length > 1 ? `Import ${files.length} files` : 'Import units'}
        </button>
        {busy && <progress aria-label="Importing" />}
      </div>
    </form>
  );
}
