import { ExchangeError } from './errors';
import { checkLanguageTag } from './language';
import type { ExchangeUnit, ExchangeWriter, UnitSelection } from './units';
import { describeUnit, isSelected, serialize } from './units';
import type { InvalidCharacterPolicy } from './xml';
import { escapeXmlAttribute, escapeXmlText, removeForbiddenCharacters } from './xml';

export type XliffWriterOptions = UnitSelection & {
  /** The document's name, for `<file original>`. */
  original: string;
  creationToolVersion: string;
  /** Default `bn`. */
  sourceLang?: string;
  /** Default `en`. */
  targetLang?: string;
  invalidCharacters?: InvalidCharacterPolicy;
};

// Setu's own data rides on trans-unit in a namespace of its own, which XLIFF 1.2 allows.
const setuNamespace = 'urn:x-setu:xliff';

/**
 * XLIFF 1.2 for one document, a trans-unit per bead: `id` is the unit's id or its position;
 * status `confirmed` → approved="yes" and target state "final"; anything else →
 * "needs-review-translation", or "needs-translation" where the target is empty.
 * The score goes in `setu:score`, the reviewer's note in `<note>`.
 */
export function createXliffWriter(options: XliffWriterOptions): ExchangeWriter {
  const sourceLang = checkLanguageTag(options.sourceLang ?? 'bn', 'sourceLang');
  const targetLang = checkLanguageTag(options.targetLang ?? 'en', 'targetLang');
  const policy = options.invalidCharacters ?? 'error';
  const sourceAttribute = escapeXmlAttribute(sourceLang);
  const targetAttribute = escapeXmlAttribute(targetLang);
  const counts = { written: 0, skipped: 0 };
  let position = 0;

  function header(): string {
    const original = escapeXmlAttribute(options.original, policy, () => 'the document name');
    const version = escapeXmlAttribute(options.creationToolVersion);
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:setu="${setuNamespace}">\n` +
      `  <file original="${original}" source-language="${sourceAttribute}" target-language="${targetAttribute}" datatype="plaintext" tool-id="setu">\n` +
      `    <header>\n      <tool tool-id="setu" tool-name="Setu" tool-version="${version}"/>\n    </header>\n` +
      '    <body>\n'
    );
  }

  function unit(input: ExchangeUnit): string {
    position += 1;
    if (!isSelected(input, options)) {
      counts.skipped += 1;
      return '';
    }
    const unitPosition = position;
    const describe = (what: string) => () => `${describeUnit(unitPosition, input)}, ${what},`;
    const trimmed = (value: string): string =>
      (policy === 'drop' ? removeForbiddenCharacters(value) : value).trim();
    const source = trimmed(input.source);
    const target = trimmed(input.target);
    const confirmed = input.status === 'confirmed';
    const state = confirmed
      ? 'final'
      : target === ''
        ? 'needs-translation'
        : 'needs-review-translation';
    const id = input.id ?? String(unitPosition);
    // Without xml:space="preserve" XLIFF tools may fold line breaks and tabs into spaces.
    let attributes = `id="${escapeXmlAttribute(id, policy, describe('id'))}" xml:space="preserve"`;
    if (confirmed) attributes += ' approved="yes"';
    if (input.score !== undefined && input.score !== null) {
      if (!Number.isFinite(input.score)) {
        throw new ExchangeError(
          `${describeUnit(unitPosition, input)}: score ${input.score} is not a finite number.`,
        );
      }
      attributes += ` setu:score="${input.score}"`;
    }
    let text =
      `      <trans-unit ${attributes}>\n` +
      `        <source xml:lang="${sourceAttribute}">${escapeXmlText(source, policy, describe('source'))}</source>\n` +
      `        <target xml:lang="${targetAttribute}" state="${state}">${escapeXmlText(target, policy, describe('target'))}</target>\n`;
    const note = input.note === undefined || input.note === null ? '' : trimmed(input.note);
    if (note !== '')
      text += `        <note>${escapeXmlText(note, policy, describe('note'))}</note>\n`;
    counts.written += 1;
    return `${text}      </trans-unit>\n`;
  }

  return {
    header,
    unit,
    footer: () => '    </body>\n  </file>\n</xliff>\n',
    get counts() {
      return { ...counts };
    },
  };
}

export function writeXliff(
  units: Iterable<ExchangeUnit>,
  options: XliffWriterOptions,
): Generator<string, void, undefined> {
  return serialize(createXliffWriter(options), units);
}
