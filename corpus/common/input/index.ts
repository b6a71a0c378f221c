import { ApiError } from '../../../shared/errors';

// C0 controls other than tab, line feed and carriage return (and DEL) never occur in real prose;
// a NUL in particular means a binary file was picked by mistake.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Refuses text that cannot be a document side, naming the line, before anything is stored. */
export function checkImportText(text: string, what: string): void {
  const match = controlCharacter.exec(text);
  if (!match) return;
  const line = text.slice(0, match.index).split(/\r\n|\r|\n/).length;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  const hint = code === '0000' ? ' (this looks like a binary file, not text)' : '';
  throw new ApiError('bad_input', `${what}, line ${line}: control character U+${code}${hint}.`);
}
