// Words for what a TMX/TSV/CSV import did, and the title a file's units get by default.

import type { ImportResult } from '../../../shared/api';

/** The file name without its extension: units with no document name of their own go there. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').trim() || fileName;
}

export function describeUnitImport(fileName: string, result: ImportResult): string {
  const units = `${result.units.toLocaleString('en-US')} ${result.units === 1 ? 'unit' : 'units'}`;
  const titles = result.documents.map((document) => `“${document.title}”`);
  const into =
    titles.length === 0
      ? `from ${fileName}: no document was made`
      : titles.length === 1
        ? `imported into document ${titles[0]}`
        : `imported into ${titles.length} documents: ${titles.join(', ')}`;
  const skipped =
    result.skipped === 0
      ? ''
      : `; ${result.skipped.toLocaleString('en-US')} skipped (a language missing or empty)`;
  return `${units} ${into}${skipped}.`;
}
