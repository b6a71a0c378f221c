import { SaxesParser } from 'saxes';
import { ExchangeError } from './errors';
import { languageMatch } from './language';
import type { ExchangeUnit } from './units';
import { codePointName } from './xml';

export const tmxVersions = ['1.1', '1.2', '1.3', '1.4', '1.4a', '1.4b'] as const;

export type TmxProperty = { type: string; value: string };

export type TmxHeader = {
  version: string;
  srclang: string;
  /** Every attribute of `<header>` as written. */
  attributes: Record<string, string>;
  properties: TmxProperty[];
  notes: string[];
};

export type TmxUnit = ExchangeUnit & {
  /** Line of the unit's `<tu>`. */
  line: number;
  /** The `xml:lang` (or legacy `lang`) of the variants taken, '' for a missing side. */
  sourceLang: string;
  targetLang: string;
  /** Every `<prop>` of the `<tu>`, including the x- ones mapped to document, status and score. */
  properties: TmxProperty[];
};

export type TmxReaderOptions = {
  onUnit: (unit: TmxUnit) => void;
  onHeader?: (header: TmxHeader) => void;
  /** Language taken as the source; any region matches (`bn` takes `bn-BD`, `BN_in`). Default `bn`. */
  sourceLang?: string;
  /** Language taken as the target; default `en`. */
  targetLang?: string;
  /**
   * `text` (default): the content of inline codes (bpt ept ph it ut, and sub inside them) stays
   * in the text, so `<bpt>&lt;b&gt;</bpt>` reads as `<b>`. `strip`: it is dropped, and the
   * spaces left doubled by the removal are collapsed. `<hi>` content is text either way.
   */
  inlineTags?: 'text' | 'strip';
  /** Keep units that have only one of the two languages (1-0, 0-1); by default they are skipped. */
  keepUnpaired?: boolean;
};

export type TmxReadSummary = {
  version: string;
  /** `<tu>` elements in the file. */
  translationUnits: number;
  /** Units passed to onUnit. */
  units: number;
  /** `<tu>` elements without both languages (or without either, with keepUnpaired). */
  skipped: number;
  /** Languages of the variants seen, as written (at most 100 distinct). */
  languages: string[];
};

export type TmxReader = {
  /** Feed the next piece of the (already decoded) file. Throws ExchangeError naming the line. */
  write(chunk: string): void;
  /** End of file: throws if the file is cut short or no unit has both languages. */
  close(): TmxReadSummary;
  /** The line the parser has reached, for progress. */
  readonly line: number;
};

const inlineElements = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'hi', 'sub']);
// Native codes: their content is markup of the original format, not text of the sentence.
const codeElements = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
// C0 controls other than tab, LF and CR: XML 1.0 forbids them even as references.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const maxLanguagesListed = 100;

type OpenElement = { name: string; line: number };
type Variant = { lang: string; text: string; line: number; hasSegment: boolean };
type UnitInProgress = {
  line: number;
  attributes: Record<string, string>;
  properties: TmxProperty[];
  notes: string[];
  variants: Variant[];
};

/**
 * A streaming TMX 1.1–1.4b reader over saxes: feed decoded text in chunks of any size; each
 * `<tu>` is handed to onUnit as soon as it closes, so memory stays constant.
 *
 * saxes never reads a DTD: an internal subset is skipped as text and its entities are never
 * defined, so a reference to one (an entity bomb, an external entity) is an error here, not an
 * expansion or a file read. Only the five XML entities and character references are resolved.
 */
export function createTmxReader(options: TmxReaderOptions): TmxReader {
  const sourceLang = options.sourceLang ?? 'bn';
  const targetLang = options.targetLang ?? 'en';
  const strip = options.inlineTags === 'strip';
  const parser = new SaxesParser({ xmlns: false, position: true });

  const stack: OpenElement[] = [];
  const languages = new Set<string>();
  let version = '';
  let header: TmxHeader | null = null;
  let unit: UnitInProgress | null = null;
  let variant: Variant | null = null;
  let declaresEntities = false;
  let translationUnits = 0;
  let unitsEmitted = 0;
  // Text capture for the innermost seg, prop or note.
  let capture: string[] | null = null;
  let inSegment = false;
  let strippedDepth = 0;
  let strippedSomething = false;
  // saxes closes the elements a wrong closing tag skips over before it reports the error.
  let lastClosed: OpenElement | null = null;

  function fail(message: string, line = parser.line): never {
    throw new ExchangeError(`line ${line}: ${message}`, line);
  }

  parser.on('error', (error) => {
    const detail = error.message.replace(/^\d+:\d+: /, '');
    const unclosed = /^unclosed tag: (.*)$/.exec(detail);
    if (unclosed) {
      const open = [...stack].reverse().find((element) => element.name === unclosed[1]);
      fail(`the file ends inside <${unclosed[1]}>${open ? `, opened on line ${open.line}` : ''}.`);
    }
    if (detail === 'undefined entity.') {
      fail(
        declaresEntities
          ? 'reference to an entity declared in the DOCTYPE; Setu never expands DTD entities, so the file cannot be read as it is.'
          : 'reference to an undefined entity (only &amp; &lt; &gt; &quot; &apos; and character references are allowed).',
      );
    }
    if (detail === 'malformed character entity.') {
      fail(
        'a character reference to a character XML 1.0 does not allow (such as &#1;), or a malformed one.',
      );
    }
    if (detail === 'unexpected close tag.' && lastClosed !== null) {
      fail(
        `<${lastClosed.name}> opened on line ${lastClosed.line} is not closed before this closing tag.`,
      );
    }
    if (detail.startsWith('unmatched closing tag')) {
      const open = stack.at(-1);
      fail(
        `${detail.replace(/\.$/, '')}${open ? `; the open element is <${open.name}> from line ${open.line}` : ''}.`,
      );
    }
    if (detail === 'document must contain a root element.') fail('the file holds no XML element.');
    fail(`not well-formed XML: ${detail}`);
  });

  parser.on('doctype', (doctype) => {
    declaresEntities = /<!ENTITY/i.test(doctype);
  });

  parser.on('opentag', (tag) => {
    const line = parser.line;
    const parent = stack.at(-1)?.name;
    stack.push({ name: tag.name, line });
    const attributes = tag.attributes;

    if (parent === undefined) {
      if (tag.name !== 'tmx')
        fail(`the root element is <${tag.name}>, not <tmx>: this is not a TMX file.`);
      const declared = attributes['version'];
      if (declared === undefined) {
        fail(`<tmx> has no version attribute (Setu reads TMX ${tmxVersions.join(', ')}).`);
      }
      if (!tmxVersions.some((known) => known === declared.trim())) {
        fail(
          `TMX version ${JSON.stringify(declared)} is not one Setu reads (${tmxVersions.join(', ')}).`,
        );
      }
      version = declared.trim();
      return;
    }
    if (inSegment) {
      // Inside <seg>: inline markup.
      if (strippedDepth > 0) strippedDepth += 1;
      else if (strip && codeElements.has(tag.name)) {
        strippedDepth = 1;
        strippedSomething = true;
      } else if (!inlineElements.has(tag.name)) {
        fail(
          `<${tag.name}> is not a TMX inline element; a <seg> may hold only text and bpt, ept, ph, it, hi, ut.`,
        );
      }
      return;
    }
    switch (tag.name) {
      case 'header': {
        if (parent !== 'tmx') fail(`<header> must be directly inside <tmx>, not <${parent}>.`);
        const srclang = attributes['srclang'];
        if (srclang === undefined || srclang.trim() === '') {
          fail('<header> has no srclang attribute, which every TMX version requires.');
        }
        header = {
          version,
          srclang: srclang.trim(),
          attributes: { ...attributes },
          properties: [],
          notes: [],
        };
        return;
      }
      case 'body':
        if (parent !== 'tmx') fail(`<body> must be directly inside <tmx>, not <${parent}>.`);
        if (header === null)
          fail('<body> comes before any <header>; a TMX file starts with its header.');
        return;
      case 'tu':
        if (parent !== 'body') fail(`<tu> must be inside <body>, not <${parent}>.`);
        translationUnits += 1;
        unit = { line, attributes: { ...attributes }, properties: [], notes: [], variants: [] };
        return;
      case 'tuv': {
        if (parent !== 'tu') fail(`<tuv> must be inside <tu>, not <${parent}>.`);
        const lang = attributes['xml:lang'] ?? attributes['lang'];
        if (lang === undefined || lang.trim() === '')
          fail('<tuv> has no xml:lang (or lang) attribute.');
        variant = { lang: lang.trim(), text: '', line, hasSegment: false };
        if (languages.size < maxLanguagesListed) languages.add(variant.lang);
        return;
      }
      case 'seg':
        if (parent !== 'tuv' || variant === null)
          fail(`<seg> must be inside <tuv>, not <${parent}>.`);
        if (variant.hasSegment) fail(`<tuv> from line ${variant.line} has a second <seg>.`);
        variant.hasSegment = true;
        inSegment = true;
        capture = [];
        strippedDepth = 0;
        strippedSomething = false;
        return;
      case 'prop':
      case 'note':
        capture = [];
        return;
      default:
        return;
    }
  });

  const appendText = (text: string): void => {
    if (capture !== null && strippedDepth === 0) capture.push(text);
  };
  parser.on('text', appendText);
  parser.on('cdata', appendText);

  parser.on('closetag', (tag) => {
    lastClosed = stack.pop() ?? null;
    const parent = stack.at(-1)?.name;
    if (inSegment && tag.name !== 'seg') {
      if (strippedDepth > 0) strippedDepth -= 1;
      return;
    }
    switch (tag.name) {
      case 'seg': {
        let text = capture!.join('');
        if (strippedSomething) text = text.replace(/ {2,}/g, ' ');
        variant!.text = text.trim();
        capture = null;
        inSegment = false;
        return;
      }
      case 'tuv':
        if (!variant!.hasSegment) fail(`<tuv> from line ${variant!.line} has no <seg>.`);
        unit!.variants.push(variant!);
        variant = null;
        return;
      case 'prop':
      case 'note': {
        const text = capture!.join('');
        capture = null;
        const owner = parent === 'tu' ? unit : parent === 'header' ? header : null;
        if (owner === null) return; // props and notes of a <tuv> carry nothing Setu keeps
        if (tag.name === 'note') owner.notes.push(text.trim());
        else owner.properties.push({ type: tag.attributes['type'] ?? '', value: text });
        return;
      }
      case 'tu':
        finishUnit(unit!);
        unit = null;
        return;
      case 'header':
        options.onHeader?.(header!);
        return;
      default:
        return;
    }
  });

  function pick(wanted: string, exclude: Variant | null, variants: Variant[]): Variant | null {
    let best: Variant | null = null;
    let bestScore = 0;
    for (const candidate of variants) {
      if (candidate === exclude || candidate.text === '') continue;
      const score = languageMatch(wanted, candidate.lang);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  function finishUnit(done: UnitInProgress): void {
    const source = pick(sourceLang, null, done.variants);
    const target = pick(targetLang, source, done.variants);
    const paired = source !== null && target !== null;
    if (!paired && (!options.keepUnpaired || (source === null && target === null))) return;

    const result: TmxUnit = {
      source: source?.text ?? '',
      target: target?.text ?? '',
      line: done.line,
      sourceLang: source?.lang ?? '',
      targetLang: target?.lang ?? '',
      properties: done.properties,
    };
    if (done.attributes['tuid'] !== undefined) result.id = done.attributes['tuid'];
    // A unit's segtype overrides the header's; Setu's own paragraph units carry it on the <tu>.
    const segtype = done.attributes['segtype'] ?? header?.attributes['segtype'];
    result.kind = segtype === 'paragraph' ? 'paragraph' : 'sentence';
    const notes = done.notes.filter((note) => note !== '');
    if (notes.length > 0) result.note = notes.join('\n');
    for (const { type, value } of done.properties) {
      if (type === 'x-document') result.document = value;
      else if (type === 'x-status') result.status = value.trim();
      else if (type === 'x-score') {
        const score = Number(value.trim());
        if (value.trim() === '' || !Number.isFinite(score)) {
          fail(
            `<tu> from line ${done.line} has x-score ${JSON.stringify(value)}, which is not a number.`,
            done.line,
          );
        }
        result.score = score;
      }
    }
    unitsEmitted += 1;
    options.onUnit(result);
  }

  return {
    write(chunk: string): void {
      const control = controlCharacter.exec(chunk);
      if (control) {
        const before = chunk.slice(0, control.index);
        const line = parser.line + (before.match(/\n/g)?.length ?? 0);
        fail(
          `control character ${codePointName(control[0])}, which XML 1.0 does not allow` +
            (control[0] === '\u0000'
              ? ' (is this a UTF-16 file without a byte-order mark, or not text at all?)'
              : '') +
            '.',
          line,
        );
      }
      parser.write(chunk);
    },
    close(): TmxReadSummary {
      parser.close();
      if (header === null) fail('the file has no <header>, so it is not a TMX file Setu can read.');
      const summary: TmxReadSummary = {
        version,
        translationUnits,
        units: unitsEmitted,
        skipped: translationUnits - unitsEmitted,
        languages: [...languages],
      };
      if (translationUnits > 0 && unitsEmitted === 0) {
        throw new ExchangeError(
          `none of the ${translationUnits} units has both ${sourceLang} and ${targetLang} ` +
            `(languages in the file: ${summary.languages.join(', ')}); nothing was read.`,
        );
      }
      return summary;
    },
    get line() {
      return parser.line;
    },
  };
}

/** Reads a whole TMX text at once; for files of any size prefer createTmxReader. */
export function readTmx(
  text: string,
  options: Omit<TmxReaderOptions, 'onUnit' | 'onHeader'> = {},
): { header: TmxHeader; units: TmxUnit[]; summary: TmxReadSummary } {
  const units: TmxUnit[] = [];
  let header: TmxHeader | null = null;
  const reader = createTmxReader({
    ...options,
    onUnit: (unit) => units.push(unit),
    onHeader: (value) => {
      header = value;
    },
  });
  reader.write(text);
  const summary = reader.close();
  return { header: header!, units, summary };
}
