// Exchange formats: TMX 1.4 (write) and 1.1–1.4b (read), TSV/CSV (write and read), XLIFF 1.2
// (write), and byte decoding for imported files. Everything streams: writers turn one unit into
// one chunk, readers take chunks of any size.
export { ExchangeError } from './errors';
export type { ExchangeUnit, ExchangeWriter, UnitSelection } from './units';
export { isSelected, isUnpaired, serialize } from './units';
export { checkLanguageTag, languageKey, languageMatch } from './language';
export type { InvalidCharacterPolicy } from './xml';
export {
  escapeXmlAttribute,
  escapeXmlText,
  findForbiddenCharacter,
  removeForbiddenCharacters,
} from './xml';
export type { TmxWriterOptions } from './tmx-writer';
export { createTmxWriter, formatTmxDate, writeTmx } from './tmx-writer';
export type { ParagraphBead } from './paragraphs';
export { withParagraphUnits } from './paragraphs';
export type {
  TmxHeader,
  TmxProperty,
  TmxReadSummary,
  TmxReader,
  TmxReaderOptions,
  TmxUnit,
} from './tmx-reader';
export { createTmxReader, readTmx, tmxVersions } from './tmx-reader';
export type {
  DelimitedFormat,
  DelimitedReader,
  DelimitedReaderOptions,
  DelimitedUnit,
  DelimitedWriterOptions,
} from './delimited';
export {
  createDelimitedReader,
  createDelimitedWriter,
  escapeTsvField,
  quoteCsvField,
  readDelimited,
  unescapeTsvField,
  writeDelimited,
} from './delimited';
export type { XliffWriterOptions } from './xliff-writer';
export { createXliffWriter, writeXliff } from './xliff-writer';
export type { DecodedText, StreamingTextDecoder, TextEncoding } from './decode';
export { createTextDecoder, decodeText, decodeWindows1252, looksLikeBijoy } from './decode';
