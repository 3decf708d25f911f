import type { EditCommand } from './command';
import * as edits from './editCommands';
import * as divisions from './divisionCommands';
import * as map from './mapCommands';
import * as subjects from './subjectCommands';
import * as divisionImport from './divisionImportCommands';
import * as coalition from './coalitionCommands';
import * as exchangeImport from './exchangeImportCommands';

/** Every edit command, by id: the dispatch path refuses any other, and tests check ids are unique. */
export const EDIT_COMMANDS: readonly EditCommand<never>[] = [
  ...Object.values(edits),
  ...Object.values(divisions),
  ...Object.values(map),
  ...Object.values(subjects),
  ...Object.values(divisionImport),
  ...Object.values(coalition),
  ...Object.values(exchangeImport),
] as EditCommand<never>[];

const REGISTERED = new Set<unknown>(EDIT_COMMANDS);

export function isRegistered(command: object): boolean {
  return REGISTERED.has(command);
}
