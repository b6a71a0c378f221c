// Every shortcut of the workbench in one table: the key handler reads it, and the shortcut
// sheet is rendered from it, so the sheet cannot drift from what the keys do.

export type CommandName =
  | 'row.confirmAndNext'
  | 'row.next'
  | 'row.previous'
  | 'row.first'
  | 'row.last'
  | 'row.edit'
  | 'row.leaveEditor'
  | 'row.nextSuspicious'
  | 'row.previousSuspicious'
  | 'bead.flag'
  | 'bead.confirmThrough'
  | 'bead.mergeNext'
  | 'bead.mergePrevious'
  | 'bead.splitAtCursor'
  | 'bead.moveTargetFirstToPrevious'
  | 'bead.moveTargetLastToNext'
  | 'bead.moveSourceFirstToPrevious'
  | 'bead.moveSourceLastToNext'
  | 'bead.insertAfter'
  | 'bead.delete'
  | 'history.undo'
  | 'history.redo'
  | 'history.show'
  | 'names.show'
  | 'save'
  | 'search.focus'
  | 'export.open'
  | 'help.shortcuts';

export type KeyChord = { key: string; ctrl?: boolean; shift?: boolean; alt?: boolean };

/** Where focus must be: 'anywhere' covers the grid and the English editor; 'editor' and 'grid' only one of them. */
export type ShortcutScope = 'anywhere' | 'grid' | 'editor';

/**
 * Where the key was pressed. 'elsewhere' (a button, the filter box…) takes only the chords that
 * cannot mean anything there: with Ctrl or Alt, or a function key.
 */
export type FocusPlace = 'editor' | 'grid' | 'elsewhere';

export type Shortcut = {
  command: CommandName;
  chords: readonly KeyChord[];
  scope: ShortcutScope;
  description: string;
};

export const shortcuts: readonly Shortcut[] = [
  {
    command: 'row.confirmAndNext',
    chords: [{ key: 'Enter' }],
    scope: 'anywhere',
    description: 'Confirm the row and move to the next',
  },
  {
    command: 'row.confirmAndNext',
    chords: [{ key: 'Tab' }],
    scope: 'editor',
    description: 'Confirm the row and move to the next (in the editor)',
  },
  {
    command: 'row.next',
    chords: [{ key: 'ArrowDown', alt: true }],
    scope: 'anywhere',
    description: 'Next row',
  },
  {
    command: 'row.previous',
    chords: [{ key: 'ArrowUp', alt: true }],
    scope: 'anywhere',
    description: 'Previous row',
  },
  {
    command: 'row.previous',
    chords: [{ key: 'Tab', shift: true }],
    scope: 'editor',
    description: 'Previous row (in the editor)',
  },
  {
    command: 'row.next',
    chords: [{ key: 'ArrowDown' }, { key: 'j' }],
    scope: 'grid',
    description: 'Next row',
  },
  {
    command: 'row.previous',
    chords: [{ key: 'ArrowUp' }, { key: 'k' }],
    scope: 'grid',
    description: 'Previous row',
  },
  {
    command: 'row.first',
    chords: [{ key: 'Home', ctrl: true }],
    scope: 'grid',
    description: 'First row',
  },
  {
    command: 'row.last',
    chords: [{ key: 'End', ctrl: true }],
    scope: 'grid',
    description: 'Last row',
  },
  {
    command: 'row.edit',
    chords: [{ key: 'F2' }],
    scope: 'anywhere',
    description: 'Edit the English of the row',
  },
  {
    command: 'row.leaveEditor',
    chords: [{ key: 'Escape' }],
    scope: 'anywhere',
    description: 'Leave the editor for the grid',
  },
  {
    command: 'row.nextSuspicious',
    chords: [{ key: 'F8' }],
    scope: 'anywhere',
    description: 'Next suspicious row (low score, not 1-1, flagged)',
  },
  {
    command: 'row.previousSuspicious',
    chords: [{ key: 'F8', shift: true }],
    scope: 'anywhere',
    description: 'Previous suspicious row',
  },
  {
    command: 'bead.flag',
    chords: [{ key: 'F', ctrl: true, shift: true }],
    scope: 'anywhere',
    description: 'Flag the row / clear the flag',
  },
  {
    command: 'bead.confirmThrough',
    chords: [{ key: 'Enter', ctrl: true, shift: true }],
    scope: 'anywhere',
    description: 'Confirm every row up to this one',
  },
  {
    command: 'bead.mergeNext',
    chords: [{ key: 'm', ctrl: true }],
    scope: 'anywhere',
    description: 'Merge with the next row',
  },
  {
    command: 'bead.mergePrevious',
    chords: [{ key: 'M', ctrl: true, shift: true }],
    scope: 'anywhere',
    description: 'Merge with the previous row',
  },
  {
    command: 'bead.splitAtCursor',
    chords: [{ key: 'k', ctrl: true }],
    scope: 'anywhere',
    description: 'Split the row at the English cursor',
  },
  {
    command: 'bead.moveTargetFirstToPrevious',
    chords: [{ key: 'ArrowUp', alt: true, shift: true }],
    scope: 'anywhere',
    description: 'Move the first English sentence to the previous row',
  },
  {
    command: 'bead.moveTargetLastToNext',
    chords: [{ key: 'ArrowDown', alt: true, shift: true }],
    scope: 'anywhere',
    description: 'Move the last English sentence to the next row',
  },
  {
    command: 'bead.moveSourceFirstToPrevious',
    chords: [{ key: 'ArrowUp', ctrl: true, alt: true }],
    scope: 'anywhere',
    description: 'Move the first Bengali sentence to the previous row',
  },
  {
    command: 'bead.moveSourceLastToNext',
    chords: [{ key: 'ArrowDown', ctrl: true, alt: true }],
    scope: 'anywhere',
    description: 'Move the last Bengali sentence to the next row',
  },
  {
    command: 'bead.insertAfter',
    chords: [{ key: 'i', ctrl: true }],
    scope: 'anywhere',
    description: 'Insert an empty row after this one',
  },
  {
    command: 'bead.delete',
    chords: [{ key: 'Backspace', ctrl: true, shift: true }],
    scope: 'anywhere',
    description: 'Delete the row',
  },
  {
    command: 'history.undo',
    chords: [{ key: 'z', ctrl: true }],
    scope: 'anywhere',
    description: 'Undo',
  },
  {
    command: 'history.redo',
    chords: [
      { key: 'y', ctrl: true },
      { key: 'Z', ctrl: true, shift: true },
    ],
    scope: 'anywhere',
    description: 'Redo',
  },
  {
    command: 'history.show',
    chords: [{ key: 'H', ctrl: true, shift: true }],
    scope: 'anywhere',
    description: 'Show the history of the row',
  },
  {
    command: 'names.show',
    chords: [{ key: 'L', ctrl: true, shift: true }],
    scope: 'anywhere',
    description: 'Show the names and checks of the row',
  },
  {
    command: 'save',
    chords: [{ key: 's', ctrl: true }],
    scope: 'anywhere',
    description: 'Save now',
  },
  {
    command: 'search.focus',
    chords: [{ key: 'f', ctrl: true }],
    scope: 'anywhere',
    description: 'Search and filter rows',
  },
  {
    command: 'export.open',
    chords: [{ key: 'E', ctrl: true, shift: true }],
    scope: 'anywhere',
    description: 'Export…',
  },
  {
    command: 'help.shortcuts',
    chords: [{ key: 'F1' }],
    scope: 'anywhere',
    description: 'This sheet of shortcuts',
  },
  {
    command: 'help.shortcuts',
    chords: [{ key: '?', shift: true }],
    scope: 'grid',
    description: 'This sheet of shortcuts',
  },
];

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

function chordMatches(chord: KeyChord, press: KeyPress): boolean {
  // Letters compare case-blind: with Shift held the browser reports 'M', with Caps Lock 'm'.
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const wanted = chord.key.length === 1 ? chord.key.toLowerCase() : chord.key;
  return (
    key === wanted &&
    (press.ctrlKey || press.metaKey) === (chord.ctrl ?? false) &&
    press.shiftKey === (chord.shift ?? false) &&
    press.altKey === (chord.alt ?? false)
  );
}

function appliesIn(shortcut: Shortcut, chord: KeyChord, place: FocusPlace): boolean {
  if (place === 'elsewhere') {
    return (
      shortcut.scope === 'anywhere' &&
      (chord.ctrl === true || chord.alt === true || /^F\d+$/.test(chord.key))
    );
  }
  return shortcut.scope === 'anywhere' || shortcut.scope === place;
}

export function commandFor(press: KeyPress, place: FocusPlace): CommandName | null {
  for (const shortcut of shortcuts) {
    for (const chord of shortcut.chords) {
      if (appliesIn(shortcut, chord, place) && chordMatches(chord, press)) return shortcut.command;
    }
  }
  return null;
}

const keyLabels: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  Enter: 'Enter',
  Backspace: 'Backspace',
  Escape: 'Esc',
  Tab: 'Tab',
};

export function chordLabel(chord: KeyChord): string {
  const parts: string[] = [];
  if (chord.ctrl) parts.push('Ctrl');
  if (chord.alt) parts.push('Alt');
  if (chord.shift && chord.key !== '?') parts.push('Shift');
  parts.push(
    keyLabels[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key),
  );
  return parts.join('+');
}
