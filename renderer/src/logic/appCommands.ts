// What the page does with a command from the desktop app's menu (or files the OS opened with
// it). Pure: the shell reads where the user is, asks here, and carries out the actions.

import type { AppCommand, OpenedTextFile } from '../../../shared/client';

export type UnitFileFormat = 'tmx' | 'tsv' | 'csv';

/** Workbench commands a menu item can run; they share the keymap's names. */
export type MenuWorkbenchCommand =
  'history.undo' | 'history.redo' | 'search.focus' | 'export.open' | 'help.shortcuts';

export type AppAction =
  | { action: 'documents.show' }
  /** The document-pair import form, with either side filled from an opened file. */
  | { action: 'pair.open'; source?: OpenedTextFile; target?: OpenedTextFile }
  /** The TMX/TSV/CSV import form, holding these files. */
  | { action: 'units.open'; files: OpenedTextFile[] }
  | { action: 'workbench.run'; command: MenuWorkbenchCommand }
  /** Undo or redo of the text field that has focus (a title, the filter box, a pasted text). */
  | { action: 'text.undo' }
  | { action: 'text.redo' }
  | { action: 'theme.toggle' }
  | { action: 'shortcuts.show' }
  | { action: 'notice'; text: string };

export type AppPlace = {
  page: 'documents' | 'document';
  /** Focus is in an ordinary text field (not the English editor, whose undo is the corpus's). */
  textFieldFocused: boolean;
};

export function actionsFor(command: AppCommand, place: AppPlace): AppAction[] {
  const onDocument = place.page === 'document';
  switch (command.command) {
    case 'import.open':
      return [{ action: 'pair.open' }];
    case 'documents.show':
      return [{ action: 'documents.show' }];
    case 'export.open':
      return onDocument
        ? [{ action: 'workbench.run', command: 'export.open' }]
        : [{ action: 'notice', text: 'Open a document to export it.' }];
    case 'history.undo':
    case 'history.redo':
      if (place.textFieldFocused)
        return [{ action: command.command === 'history.undo' ? 'text.undo' : 'text.redo' }];
      return onDocument
        ? [{ action: 'workbench.run', command: command.command }]
        : [{ action: 'notice', text: 'Undo and redo work on the rows of an open document.' }];
    case 'search.focus':
      return onDocument
        ? [{ action: 'workbench.run', command: 'search.focus' }]
        : [{ action: 'notice', text: 'Open a document to search its rows.' }];
    case 'theme.toggle':
      return [{ action: 'theme.toggle' }];
    case 'help.shortcuts':
      return onDocument
        ? [{ action: 'workbench.run', command: 'help.shortcuts' }]
        : [{ action: 'shortcuts.show' }];
    case 'files.opened':
      return actionsForFiles(command.files);
  }
}

/** The import format a file's name promises, or null for a plain text. */
export function unitFormatOf(fileName: string): UnitFileFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'tmx' || extension === 'tsv' || extension === 'csv' ? extension : null;
}

function actionsForFiles(files: readonly OpenedTextFile[]): AppAction[] {
  const unitFiles = files.filter((file) => unitFormatOf(file.name) !== null);
  const texts = files.filter((file) => unitFormatOf(file.name) === null);
  const actions: AppAction[] = [];
  if (texts.length === 1) {
    const [only] = texts as [OpenedTextFile];
    actions.push(
      bengaliShare(only.text) >= 0.5
        ? { action: 'pair.open', source: only }
        : { action: 'pair.open', target: only },
    );
  } else if (texts.length === 2) {
    const sides = assignSides(texts[0]!, texts[1]!);
    actions.push({ action: 'pair.open', source: sides.bengali, target: sides.english });
    if (!sides.certain) {
      actions.push({
        action: 'notice',
        text: `Neither ${sides.bengali.name} nor ${sides.english.name} is clearly Bengali: check that the sides are the right way round.`,
      });
    }
  } else if (texts.length > 2) {
    actions.push({
      action: 'notice',
      text: `${texts.length} text files were opened; a document pair takes two (Bengali and English). Open them two at a time.`,
    });
  }
  // The unit import goes last so that its form is what the user sees when both were opened.
  if (unitFiles.length > 0) actions.push({ action: 'units.open', files: unitFiles });
  return actions;
}

// A few pages of text tell the script; counting a whole novel would only cost time.
const scriptSampleLength = 20_000;

/** Share of the letters in Bengali script (U+0980–U+09FF), among Bengali and Latin letters. */
export function bengaliShare(text: string): number {
  let bengali = 0;
  let latin = 0;
  for (const character of text.slice(0, scriptSampleLength)) {
    const code = character.codePointAt(0)!;
    if (code >= 0x0980 && code <= 0x09ff) bengali += 1;
    else if (/\p{Script=Latin}/u.test(character)) latin += 1;
  }
  return bengali + latin === 0 ? 0 : bengali / (bengali + latin);
}

export type AssignedSides = {
  bengali: OpenedTextFile;
  english: OpenedTextFile;
  /** False when the scripts do not tell the files apart (both English, both Bengali, no letters). */
  certain: boolean;
};

/** Which of two texts is the Bengali one: the one with more Bengali script; ties keep the order. */
export function assignSides(first: OpenedTextFile, second: OpenedTextFile): AssignedSides {
  const firstShare = bengaliShare(first.text);
  const secondShare = bengaliShare(second.text);
  const [bengali, english, bengaliScore, englishScore] =
    secondShare > firstShare
      ? [second, first, secondShare, firstShare]
      : [first, second, firstShare, secondShare];
  return { bengali, english, certain: bengaliScore >= 0.5 && englishScore < 0.5 };
}
