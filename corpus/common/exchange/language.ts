import { ExchangeError } from './errors';

const languageTagPattern = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;

/** `bn_bd` → `bn-BD`-style comparison key: lower case, `_` read as `-`. */
export function languageKey(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * How well a language tag found in a file answers the one asked for: 2 for the same tag,
 * 1 for the same language with another (or no) region or script (`bn-IN` for `bn`), 0 otherwise.
 */
export function languageMatch(wanted: string, found: string): 0 | 1 | 2 {
  const wantedKey = languageKey(wanted);
  const foundKey = languageKey(found);
  if (wantedKey === foundKey) return 2;
  return wantedKey.split('-')[0] === foundKey.split('-')[0] ? 1 : 0;
}

/** A tag as it is written into a file: `_` becomes `-`; anything that is not a language tag is refused. */
export function checkLanguageTag(tag: string, what: string): string {
  const written = tag.trim().replace(/_/g, '-');
  if (!languageTagPattern.test(written)) {
    throw new ExchangeError(
      `${what} ${JSON.stringify(tag)} is not a language tag such as bn, bn-BD or en-US.`,
    );
  }
  return written;
}
