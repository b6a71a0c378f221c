// Menu commands reach the open workbench through this slot: the workbench attaches its
// handler while mounted, and the shell runs commands through whatever is attached.

import type { MenuWorkbenchCommand } from '../logic/appCommands';

export type WorkbenchCommandHandler = (command: MenuWorkbenchCommand) => void;

export type WorkbenchCommandSlot = {
  /** Returns the function that detaches the handler. */
  attach(handler: WorkbenchCommandHandler): () => void;
  /** False when no workbench is attached. */
  run(command: MenuWorkbenchCommand): boolean;
};

export function createWorkbenchCommandSlot(): WorkbenchCommandSlot {
  let current: WorkbenchCommandHandler | null = null;
  return {
    attach(handler) {
      current = handler;
      return () => {
        if (current === handler) current = null;
      };
    },
    run(command) {
      if (!current) return false;
      current(command);
      return true;
    },
  };
}
