// What each command of the keymap does. Every command first hands unsaved English to the
// session queue (editor.flush), so the text is saved before the structure changes under it.

import type { BeadView, Side } from '../../../shared/model';
import type { Reporter } from '../app/reporter';
import { joinSentences } from '../../../shared/model';
import type { CommandName } from '../logic/keymap';
import { stepVisible } from '../logic/rowFilter';
import { canSplit, splitAtCursor } from '../logic/splitPoint';
import type { SuspicionCriteria } from '../logic/suspicious';
import { findSuspicious } from '../logic/suspicious';
import type { DocumentSession } from './documentSession';
import type { EnglishEditor } from './englishEditor';

export type Panel = 'history' | 'changes' | 'names' | null;
export type Dialog = 'export' | 'shortcuts' | null;

export type CommandContext = {
  session: DocumentSession;
  editor: EnglishEditor | null;
  reporter: Reporter;
  visible: readonly number[] | null;
  suspicion: SuspicionCriteria;
  /** Whether the key or button came while the English editor had focus (it keeps focus on the next row). */
  fromEditor: boolean;
  focusGrid(): void;
  focusSearch(): void;
  togglePanel(panel: Exclude<Panel, null>): void;
  openDialog(dialog: Exclude<Dialog, null>): void;
};

export function runCommand(command: CommandName, context: CommandContext): void {
  const { session, editor, reporter } = context;
  editor?.flush();
  const state = session.getState();
  const rows = state.rows;
  if (!rows || rows.beads.length === 0) {
    if (command === 'help.shortcuts') context.openDialog('shortcuts');
    else if (command === 'bead.insertAfter')
      void session.mutate('bead.insert', { at: 0 }, { focus: 'start' });
    return;
  }
  const active = state.activeIndex;
  const bead = rows.beads[active];
  const count = rows.beads.length;

  const goTo = (index: number | null) => {
    if (index === null) return;
    if (context.fromEditor) editor?.focusAfterMove();
    session.setActive(index);
  };
  const step = (direction: 1 | -1) => goTo(stepVisible(context.visible, count, active, direction));
  const withBead = (work: (bead: BeadView) => void) => {
    if (bead) work(bead);
    else reporter.notice('This row is still loading.');
  };
  const move = (side: Side, edge: 'first' | 'last') =>
    withBead((current) => {
      if (current[side].length === 0) {
        reporter.notice(
          `This row has no ${side === 'source' ? 'Bengali' : 'English'} sentence to move.`,
        );
        return;
      }
      void session.mutate('bead.move', { beadId: current.id, side, edge });
    });

  switch (command) {
    case 'row.confirmAndNext':
      withBead((current) => {
        if (current.status !== 'confirmed') {
          void session.mutate('bead.setStatus', { beadId: current.id, status: 'confirmed' });
        }
        step(1);
      });
      return;
    case 'row.next':
      step(1);
      return;
    case 'row.previous':
      step(-1);
      return;
    case 'row.first':
      goTo(context.visible ? (context.visible[0] ?? null) : 0);
      return;
    case 'row.last':
      goTo(context.visible ? (context.visible.at(-1) ?? null) : count - 1);
      return;
    case 'row.edit':
      editor?.focus();
      return;
    case 'row.leaveEditor':
      context.focusGrid();
      return;
    case 'row.nextSuspicious':
    case 'row.previousSuspicious': {
      const found = findSuspicious(
        rows.beads,
        active,
        command === 'row.nextSuspicious' ? 1 : -1,
        context.suspicion,
      );
      if (found === null) reporter.notice('No other suspicious row.');
      goTo(found);
      return;
    }
    case 'bead.flag':
      withBead((current) =>
        session.mutate('bead.setStatus', {
          beadId: current.id,
          status: current.status === 'flagged' ? 'auto' : 'flagged',
        }),
      );
      return;
    case 'bead.confirmThrough':
      void session.mutate('bead.confirmThrough', { ordinal: active });
      return;
    case 'bead.mergeNext':
      if (active >= count - 1) reporter.notice('The last row has no next row to merge with.');
      else
        withBead((current) =>
          session.mutate(
            'bead.merge',
            { beadId: current.id, direction: 'next' },
            { focus: 'start' },
          ),
        );
      return;
    case 'bead.mergePrevious':
      if (active === 0) reporter.notice('The first row has no previous row to merge with.');
      else
        withBead((current) =>
          session.mutate(
            'bead.merge',
            { beadId: current.id, direction: 'previous' },
            { focus: 'start' },
          ),
        );
      return;
    case 'bead.splitAtCursor':
      withBead((current) => {
        const offset =
          editor && editor.currentBeadId() === current.id
            ? editor.cursorOffset()
            : Math.floor(joinSentences(current.target).length / 2);
        const split = splitAtCursor(current, offset);
        if (!canSplit(current, split)) {
          reporter.notice('Put the cursor inside the English text to split the row there.');
          return;
        }
        void session.mutate('bead.split', { beadId: current.id, ...split }, { focus: 'start' });
      });
      return;
    case 'bead.moveTargetFirstToPrevious':
      move('target', 'first');
      return;
    case 'bead.moveTargetLastToNext':
      move('target', 'last');
      return;
    case 'bead.moveSourceFirstToPrevious':
      move('source', 'first');
      return;
    case 'bead.moveSourceLastToNext':
      move('source', 'last');
      return;
    case 'bead.insertAfter':
      void session.mutate('bead.insert', { at: active + 1 }, { focus: 'start' });
      return;
    case 'bead.delete':
      withBead((current) => session.mutate('bead.delete', { beadId: current.id }));
      return;
    case 'history.undo':
      void session.mutate('history.undo', {}, { focus: 'start', nothing: 'Nothing to undo.' });
      return;
    case 'history.redo':
      void session.mutate('history.redo', {}, { focus: 'start', nothing: 'Nothing to redo.' });
      return;
    case 'history.show':
      context.togglePanel('history');
      return;
    case 'names.show':
      context.togglePanel('names');
      return;
    case 'save':
      return;
    case 'search.focus':
      context.focusSearch();
      return;
    case 'export.open':
      context.openDialog('export');
      return;
    case 'help.shortcuts':
      context.openDialog('shortcuts');
      return;
  }
}
