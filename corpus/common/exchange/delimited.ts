import { ExchangeError } from './errors';
import { languageMatch } from './language';
import type { ExchangeUnit, ExchangeWriter, UnitSelection } from './units';
import { describeUnit, isSelected, serialize } from './units';

/**
 * Two plain-text table formats with a header line and the columns bn, en, status, score, note:
 *
 * - TSV: one unit per line, fields separated by a tab, lines ended by LF. A field holds no tab
 *   or line break; they are written as the two-character escapes `\t`, `\n`, `\r`, and a
 *   backslash as `\\`. The reader undoes exactly these; a backslash before any other character
 *   is read as a literal backslash, so hand-made files with Windows paths still read.
 * - CSV: RFC 4180. Fields separated by commas, records ended by CRLF; a field holding a comma,
 *   a double quote, CR or LF is quoted, with inner quotes doubled. The reader also takes LF line
 *   ends and a quoted field spanning lines.
 *
 * The source and target columns are named by language (bn, en by default); the reader takes
 * any tag of the same language (`bn-BD`), in any column order, and also a `document` column.
 */
export type DelimitedFormat = 'tsv' | 'csv';

export type DelimitedWriterOptions = UnitSelection & {
  format: DelimitedFormat;
  /** Header of the source column; default `bn`. */
  sourceColumn?: string;
  /** Header of the target column; default `en`. */
  targetColumn?: string;
  /** Start with U+FEFF, which spreadsheet programs need to take a CSV file as UTF-8. */
  byteOrderMark?: boolean;
  /** Add a sixth column, `document`, for exports spanning several documents. */
  includeDocument?: boolean;
};

const tsvEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const tsvUnescapes: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function escapeTsvField(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (character) => tsvEscapes[character]!);
}

export function unescapeTsvField(text: string): string {
  return text.replace(/\\([\\tnr])/g, (_escape, letter: string) => tsvUnescapes[letter]!);
}

export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function createDelimitedWriter(options: DelimitedWriterOptions): ExchangeWriter {
  const tsv = options.format === 'tsv';
  const encode = tsv ? escapeTsvField : quoteCsvField;
  const separator = tsv ? '\t' : ',';
  const lineEnd = tsv ? '\n' : '\r\n';
  const row = (fields: string[]): string => fields.map(encode).join(separator) + lineEnd;
  const counts = { written: 0, skipped: 0 };
  let position = 0;

  return {
    header: () =>
      (options.byteOrderMark ? '\uFEFF' : '') +
      row([
        options.sourceColumn ?? 'bn',
        options.targetColumn ?? 'en',
        'status',
        'score',
        'note',
        ...(options.includeDocument ? ['document'] : []),
      ]),
    unit(unit: ExchangeUnit): string {
      position += 1;
      const source = unit.source.trim();
      const target = unit.target.trim();
      if (!isSelected(unit, options) || (source === '' && target === '')) {
        counts.skipped += 1;
        return '';
      }
      if (unit.score !== undefined && unit.score !== null && !Number.isFinite(unit.score)) {
        throw new ExchangeError(
          `${describeUnit(position, unit)}: score ${unit.score} is not a finite number.`,
        );
      }
      counts.written += 1;
      return row([
        source,
        target,
        unit.status ?? '',
        unit.score === undefined || unit.score === null ? '' : String(unit.score),
        unit.note?.trim() ?? '',
        ...(options.includeDocument ? [unit.document ?? ''] : []),
      ]);
    },
    footer: () => '',
    get counts() {
      return { ...counts };
    },
  };
}

export function writeDelimited(
  units: Iterable<ExchangeUnit>,
  options: DelimitedWriterOptions,
): Generator<string, void, undefined> {
  return serialize(createDelimitedWriter(options), units);
}

export type DelimitedUnit = ExchangeUnit & { /** Line where the row starts. */ line: number };

export type DelimitedReaderOptions = {
  format: DelimitedFormat;
  onUnit: (unit: DelimitedUnit) => void;
  /** Language of the source column; default `bn`. */
  sourceColumn?: string;
  /** Language of the target column; default `en`. */
  targetColumn?: string;
  /** When given, a status outside this list is an error naming the line. */
  statuses?: readonly string[];
};

export type DelimitedReader = {
  write(chunk: string): void;
  close(): { units: number };
};

type Column = 'source' | 'target' | 'status' | 'score' | 'note' | 'document';

// A record longer than this is a missing closing quote far more often than a real sentence.
const maxRecordLength = 1 << 20;

/** Reads TSV or CSV text fed in chunks of any size; each row goes to onUnit as soon as it is complete. */
export function createDelimitedReader(options: DelimitedReaderOptions): DelimitedReader {
  const tsv = options.format === 'tsv';
  const sourceColumn = options.sourceColumn ?? 'bn';
  const targetColumn = options.targetColumn ?? 'en';
  let columns: Column[] | null = null;
  let pending = '';
  let line = 1;
  let units = 0;
  let started = false;

  function fail(message: string, at: number): never {
    throw new ExchangeError(`line ${at}: ${message}`, at);
  }

  function readHeader(fields: string[], at: number): Column[] {
    const seen = new Set<Column>();
    const result = fields.map((raw): Column => {
      const name = raw.trim();
      const column: Column | null =
        languageMatch(sourceColumn, name) > 0
          ? 'source'
          : languageMatch(targetColumn, name) > 0
            ? 'target'
            : ((['status', 'score', 'note', 'document'] as const).find(
                (known) => known === name.toLowerCase(),
              ) ?? null);
      if (column === null) {
        fail(
          `unknown column ${JSON.stringify(name)} in the header; expected ${sourceColumn}, ${targetColumn}, status, score, note (and optionally document).`,
          at,
        );
      }
      if (seen.has(column)) fail(`the header names the ${column} column twice.`, at);
      seen.add(column);
      return column;
    });
    if (!seen.has('source') || !seen.has('target')) {
      fail(
        `the header must name a ${sourceColumn} and an ${targetColumn} column; it has ${fields.map((field) => JSON.stringify(field)).join(', ')}.`,
        at,
      );
    }
    return result;
  }

  function record(fields: string[], at: number): void {
    if (fields.every((field) => field.trim() === '')) return;
    if (columns === null) {
      columns = readHeader(fields, at);
      return;
    }
    if (fields.length > columns.length) {
      fail(
        `${fields.length} fields, but the header has ${columns.length} (${columns.join(', ')}).`,
        at,
      );
    }
    const unit: DelimitedUnit = { source: '', target: '', line: at };
    columns.forEach((column, index) => {
      const value = fields[index];
      if (value === undefined) {
        if (column === 'source' || column === 'target') {
          fail(
            `${fields.length} fields; the ${column} column (field ${index + 1}) is missing.`,
            at,
          );
        }
        return;
      }
      switch (column) {
        case 'source':
        case 'target':
          unit[column] = value.trim();
          return;
        case 'status': {
          const status = value.trim();
          if (status === '') return;
          if (options.statuses && !options.statuses.includes(status)) {
            fail(
              `status ${JSON.stringify(status)} is not one of ${options.statuses.join(', ')}.`,
              at,
            );
          }
          unit.status = status;
          return;
        }
        case 'score': {
          const text = value.trim();
          if (text === '') return;
          const score = Number(text);
          if (!Number.isFinite(score)) fail(`score ${JSON.stringify(text)} is not a number.`, at);
          unit.score = score;
          return;
        }
        case 'note':
          if (value.trim() !== '') unit.note = value.trim();
          return;
        case 'document':
          if (value.trim() !== '') unit.document = value;
          return;
      }
    });
    if (unit.source === '' && unit.target === '') return;
    units += 1;
    options.onUnit(unit);
  }

  // TSV: every LF ends a record.
  function consumeTsv(final: boolean): void {
    let start = 0;
    for (;;) {
      const end = pending.indexOf('\n', start);
      if (end === -1) break;
      const text = pending.slice(start, end).replace(/\r$/, '');
      record(text.split('\t').map(unescapeTsvField), line);
      line += 1;
      start = end + 1;
    }
    pending = pending.slice(start);
    if (final && pending !== '') {
      record(pending.replace(/\r$/, '').split('\t').map(unescapeTsvField), line);
      pending = '';
    }
  }

  // CSV: records end at a line break outside quotes. An unfinished record stays in `pending`.
  function consumeCsv(final: boolean): void {
    let position = 0;
    for (;;) {
      const parsed = parseCsvRecord(pending, position, final, line);
      if (parsed === null) break;
      record(parsed.fields, line);
      line += parsed.lineBreaks;
      position = parsed.next;
      if (position >= pending.length) break;
    }
    pending = pending.slice(position);
    if (pending.length > maxRecordLength) {
      fail('a record runs past 1 MB without ending; is a closing quote missing?', line);
    }
  }

  const consume = tsv ? consumeTsv : consumeCsv;
  return {
    write(chunk: string): void {
      pending += started ? chunk : chunk.replace(/^\uFEFF/, '');
      started = true;
      consume(false);
    },
    close() {
      consume(true);
      if (columns === null) throw new ExchangeError('the file is empty: not even a header line.');
      return { units };
    },
  };
}

type CsvRecord = { fields: string[]; next: number; lineBreaks: number };

/**
 * One record starting at `start`, or null when the text ends before the record does (unless
 * `final`, when the end of text ends it). Throws for a quote in the wrong place.
 */
function parseCsvRecord(
  text: string,
  start: number,
  final: boolean,
  line: number,
): CsvRecord | null {
  const fields: string[] = [];
  let position = start;
  let lineBreaks = 0;
  for (;;) {
    if (text[position] === '"') {
      const openedOn = line + lineBreaks;
      let value = '';
      let from = position + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          if (!final) return null;
          throw new ExchangeError(
            `line ${openedOn}: a quoted field opened here is never closed.`,
            openedOn,
          );
        }
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
          continue;
        }
        if (quote + 1 >= text.length && !final) return null;
        position = quote + 1;
        break;
      }
      lineBreaks += countLineBreaks(value);
      fields.push(value);
      const after = text[position];
      if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') {
        const at = line + lineBreaks;
        throw new ExchangeError(
          `line ${at}: ${JSON.stringify(after)} after the closing quote of a field; a quote inside a quoted field is written "".`,
          at,
        );
      }
    } else {
      const end = findCsvDelimiter(text, position);
      if (end === -1) {
        if (!final) return null;
        fields.push(text.slice(position));
        return { fields, next: text.length, lineBreaks };
      }
      fields.push(text.slice(position, end));
      position = end;
    }
    const delimiter = text[position];
    if (delimiter === ',') {
      position += 1;
      continue;
    }
    if (delimiter === undefined) return { fields, next: text.length, lineBreaks };
    // CR LF, LF or a lone CR ends the record; CR at the very end of a chunk may be half of CR LF.
    if (delimiter === '\r') {
      if (position + 1 >= text.length && !final) return null;
      position += text[position + 1] === '\n' ? 2 : 1;
    } else {
      position += 1;
    }
    return { fields, next: position, lineBreaks: lineBreaks + 1 };
  }
}

function findCsvDelimiter(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 44 || code === 10 || code === 13) return index;
  }
  return -1;
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Reads a whole TSV or CSV text at once. */
export function readDelimited(
  text: string,
  options: Omit<DelimitedReaderOptions, 'onUnit'>,
): DelimitedUnit[] {
  const units: DelimitedUnit[] = [];
  const reader = createDelimitedReader({ ...options, onUnit: (unit) => units.push(unit) });
  reader.write(text);
  reader.close();
  return units;
}
