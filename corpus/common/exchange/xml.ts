import { ExchangeError } from './errors';

// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. With the u flag a
// surrogate range matches only unpaired surrogates, which cannot be encoded in UTF-8 at all.
/* eslint-disable no-control-regex -- finding control characters is the point */
const forbiddenCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
// One pass both escapes and finds forbidden characters: export speed is bound by this scan.
// A u-flag class costs five times a plain one in V8, so the u forms (which tell an unpaired
// surrogate from a pair) run only on text that has surrogates at all.
const textPattern = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const textPatternWithSurrogates =
  /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
const attributePattern = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const attributePatternWithSurrogates =
  /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;
/* eslint-enable no-control-regex */
const surrogate = /[\uD800-\uDFFF]/;

export type InvalidCharacterPolicy = 'error' | 'drop';

export function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character XML 1.0 cannot hold, with its UTF-16 offset, or null. */
export function findForbiddenCharacter(text: string): { index: number; character: string } | null {
  const match = forbiddenCharacter.exec(text);
  return match ? { index: match.index, character: match[0] } : null;
}

export function removeForbiddenCharacters(text: string): string {
  return text.replace(forbiddenCharacters, '');
}

const textEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#xD;',
};
// Attribute-value normalisation turns a literal tab or line break into a space, so they go as references.
const attributeEscapes: Record<string, string> = {
  ...textEscapes,
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
};

function escape(
  text: string,
  pattern: RegExp,
  escapes: Record<string, string>,
  policy: InvalidCharacterPolicy,
  describe: () => string,
): string {
  return text.replace(pattern, (character: string, offset: number) => {
    const escaped = escapes[character];
    if (escaped !== undefined) return escaped;
    if (policy === 'drop') return '';
    throw new ExchangeError(
      `${describe()} contains ${codePointName(character)} at offset ${offset} ` +
        `(${JSON.stringify(text.slice(Math.max(0, offset - 20), offset))} before it), ` +
        'which XML 1.0 does not allow; remove it or export with invalid characters dropped.',
    );
  });
}

/**
 * Element content: & < > escaped, CR as a reference because parsers fold a literal CR into LF;
 * a character XML 1.0 forbids is dropped or refused with an ExchangeError naming
 * `describe()` (e.g. `unit 12 of document "x", source,`), as `policy` says.
 */
export function escapeXmlText(
  text: string,
  policy: InvalidCharacterPolicy = 'error',
  describe = () => 'the text',
): string {
  const pattern = surrogate.test(text) ? textPatternWithSurrogates : textPattern;
  return escape(text, pattern, textEscapes, policy, describe);
}

/** A double-quoted attribute value; forbidden characters as for escapeXmlText. */
export function escapeXmlAttribute(
  text: string,
  policy: InvalidCharacterPolicy = 'error',
  describe = () => 'the attribute value',
): string {
  const pattern = surrogate.test(text) ? attributePatternWithSurrogates : attributePattern;
  return escape(text, pattern, attributeEscapes, policy, describe);
}
