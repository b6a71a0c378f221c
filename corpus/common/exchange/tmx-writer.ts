import { ExchangeError } from './errors';
import { checkLanguageTag } from './language';
import type { ExchangeUnit, ExchangeWriter, UnitSelection } from './units';
import { describeUnit, isSelected, serialize } from './units';
import type { InvalidCharacterPolicy } from './xml';
import { escapeXmlAttribute, escapeXmlText, removeForbiddenCharacters } from './xml';

export type TmxWriterOptions = UnitSelection & {
  /** Setu's version, for the header's creationtoolversion. */
  creationToolVersion: string;
  /** `xml:lang` of the source variant and the header's srclang; default `bn`. */
  sourceLang?: string;
  /** `xml:lang` of the target variant; default `en`. */
  targetLang?: string;
  /** Written as creationdate; default now. */
  creationDate?: Date;
  /** Characters XML 1.0 forbids: refuse the unit (default) or drop the characters. */
  invalidCharacters?: InvalidCharacterPolicy;
};

/** YYYYMMDDThhmmssZ in UTC, the only date form TMX 1.4 allows. */
export function formatTmxDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new ExchangeError('creationDate is not a valid date.');
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A TMX 1.4 writer for units given one at a time: header(), then unit() per unit (each returns
 * its own `<tu>`, or '' when the selection options leave it out), then footer(). It keeps no
 * units, so memory stays constant however long the corpus.
 */
export function createTmxWriter(options: TmxWriterOptions): ExchangeWriter {
  const sourceLang = checkLanguageTag(options.sourceLang ?? 'bn', 'sourceLang');
  const targetLang = checkLanguageTag(options.targetLang ?? 'en', 'targetLang');
  const policy = options.invalidCharacters ?? 'error';
  const creationDate = formatTmxDate(options.creationDate ?? new Date());
  const sourceAttribute = escapeXmlAttribute(sourceLang);
  const targetAttribute = escapeXmlAttribute(targetLang);
  const counts = { written: 0, skipped: 0 };
  let position = 0;

  function header(): string {
    const attributes = [
      ['creationtool', 'Setu'],
      ['creationtoolversion', options.creationToolVersion],
      ['segtype', 'sentence'],
      ['o-tmf', 'Setu'],
      ['adminlang', 'en'],
      ['srclang', sourceLang],
      ['datatype', 'plaintext'],
      ['creationdate', creationDate],
    ]
      .map(([name, value]) => `${name}="${escapeXmlAttribute(value!)}"`)
      .join(' ');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header ${attributes}/>\n  <body>\n`;
  }

  function unit(input: ExchangeUnit): string {
    position += 1;
    if (!isSelected(input, options)) {
      counts.skipped += 1;
      return '';
    }
    const unitPosition = position;
    const describe = (what: string) => () => `${describeUnit(unitPosition, input)}, ${what},`;
    const text = (value: string, what: string): string =>
      escapeXmlText(value, policy, describe(what));
    // Trimmed after dropping, so a dropped control character cannot leave a space at an edge.
    const trimmed = (value: string): string =>
      (policy === 'drop' ? removeForbiddenCharacters(value) : value).trim();
    const source = trimmed(input.source);
    const target = trimmed(input.target);
    if (source === '' && target === '') {
      counts.skipped += 1;
      return '';
    }

    let tu = '    <tu';
    if (input.id !== undefined)
      tu += ` tuid="${escapeXmlAttribute(input.id, policy, describe('id'))}"`;
    if (input.kind === 'paragraph') tu += ' segtype="paragraph"';
    tu += '>\n';
    const note = input.note === undefined || input.note === null ? '' : trimmed(input.note);
    if (note !== '') tu += `      <note>${text(note, 'note')}</note>\n`;
    if (input.document !== undefined)
      tu += property('x-document', text(input.document, 'document'));
    if (input.status !== undefined) tu += property('x-status', text(input.status, 'status'));
    if (input.score !== undefined && input.score !== null) {
      if (!Number.isFinite(input.score)) {
        throw new ExchangeError(
          `${describeUnit(unitPosition, input)}: score ${input.score} is not a finite number.`,
        );
      }
      tu += property('x-score', String(input.score));
    }
    // A side with no text gets no variant: OmegaT takes an empty <seg> as "translated as nothing".
    if (source !== '') tu += variant(sourceAttribute, text(source, 'source'));
    if (target !== '') tu += variant(targetAttribute, text(target, 'target'));
    counts.written += 1;
    return `${tu}    </tu>\n`;
  }

  return {
    header,
    unit,
    footer: () => '  </body>\n</tmx>\n',
    get counts() {
      return { ...counts };
    },
  };
}

function property(type: string, escapedValue: string): string {
  return `      <prop type="${type}">${escapedValue}</prop>\n`;
}

function variant(escapedLang: string, escapedText: string): string {
  return `      <tuv xml:lang="${escapedLang}"><seg>${escapedText}</seg></tuv>\n`;
}

/** The whole TMX file as chunks, pulling units one at a time. */
export function writeTmx(
  units: Iterable<ExchangeUnit>,
  options: TmxWriterOptions,
): Generator<string, void, undefined> {
  return serialize(createTmxWriter(options), units);
}
