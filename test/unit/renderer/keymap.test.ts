import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../../renderer/src/logic/keymap';
import { chordLabel, commandFor, shortcuts } from '../../../renderer/src/logic/keymap';

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('keymap', () => {
  it('confirms with Enter anywhere and with Tab only in the editor', () => {
    expect(commandFor(press('Enter'), 'editor')).toBe('row.confirmAndNext');
    expect(commandFor(press('Enter'), 'grid')).toBe('row.confirmAndNext');
    expect(commandFor(press('Tab'), 'editor')).toBe('row.confirmAndNext');
    expect(commandFor(press('Tab'), 'grid')).toBeNull();
    expect(commandFor(press('Enter'), 'elsewhere')).toBeNull();
  });

  it('undoes through the history with Ctrl or Cmd, and redoes with Ctrl+Y or Ctrl+Shift+Z', () => {
    expect(commandFor(press('z', { ctrlKey: true }), 'editor')).toBe('history.undo');
    expect(commandFor(press('z', { metaKey: true }), 'grid')).toBe('history.undo');
    expect(commandFor(press('y', { ctrlKey: true }), 'editor')).toBe('history.redo');
    expect(commandFor(press('Z', { ctrlKey: true, shiftKey: true }), 'editor')).toBe(
      'history.redo',
    );
  });

  it('tells merge with next from merge with previous by Shift, whatever the letter case', () => {
    expect(commandFor(press('m', { ctrlKey: true }), 'editor')).toBe('bead.mergeNext');
    expect(commandFor(press('M', { ctrlKey: true, shiftKey: true }), 'editor')).toBe(
      'bead.mergePrevious',
    );
  });

  it('leaves plain letters and arrows to the editor', () => {
    expect(commandFor(press('k'), 'editor')).toBeNull();
    expect(commandFor(press('?', { shiftKey: true }), 'editor')).toBeNull();
    expect(commandFor(press('ArrowDown'), 'editor')).toBeNull();
    expect(commandFor(press('ArrowDown'), 'grid')).toBe('row.next');
    expect(commandFor(press('?', { shiftKey: true }), 'grid')).toBe('help.shortcuts');
  });

  it('lets modified chords and function keys through from other controls', () => {
    expect(commandFor(press('F8'), 'elsewhere')).toBe('row.nextSuspicious');
    expect(commandFor(press('m', { ctrlKey: true }), 'elsewhere')).toBe('bead.mergeNext');
    expect(commandFor(press('j'), 'elsewhere')).toBeNull();
  });

  it('gives every chord one meaning per place', () => {
    for (const place of ['editor', 'grid', 'elsewhere'] as const) {
      const seen = new Map<string, string>();
      for (const shortcut of shortcuts) {
        for (const chord of shortcut.chords) {
          const found = commandFor(
            press(chord.key, {
              ctrlKey: chord.ctrl ?? false,
              shiftKey: chord.shift ?? false,
              altKey: chord.alt ?? false,
            }),
            place,
          );
          if (found === null) continue;
          const label = chordLabel(chord);
          expect(seen.get(label) ?? found, `${label} in ${place}`).toBe(found);
          seen.set(label, found);
        }
      }
    }
  });

  it('labels chords for the shortcut sheet', () => {
    expect(chordLabel({ key: 'M', ctrl: true, shift: true })).toBe('Ctrl+Shift+M');
    expect(chordLabel({ key: 'ArrowUp', alt: true })).toBe('Alt+↑');
    expect(chordLabel({ key: '?', shift: true })).toBe('?');
  });
});
