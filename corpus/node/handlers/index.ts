import type { Handlers } from '../../../shared/api';
import type { Db } from '../db/open';
import { beadHandlers } from './beads';
import { documentHandlers } from './documents';
import { exchangeHandlers } from './export';
import { glossaryHandlers } from './glossary';
import { backupHandlers, historyHandlers } from './history';
import { namesHandlers } from './names';

/** Every API method's handler; `satisfies` makes a missing or extra method a compile error. */
export const handlers = {
  ...documentHandlers,
  ...beadHandlers,
  ...historyHandlers,
  ...backupHandlers,
  ...glossaryHandlers,
  ...exchangeHandlers,
  ...namesHandlers,
} satisfies Handlers<Db>;
