import * as ops from '../../../shared/model/operations';
import type { ArrangementInput, DeliberateSplitInput, KeepRuleInput, PartyInput } from '../../../shared/model';
import { editCommand } from './command';

/** Coalition practice (issue 20): parties are the project's, arrangements, deliberate splits and keep rules a draft's. */

export const addParty = editCommand<Omit<PartyInput, 'id'> & { id?: string }>(
  'coalition.partyAdd',
  'app.cmd.partyAdd',
  (p, a) => ops.addParty(p, a),
);
/** A new name renames the party field of its holders too (the operation's doing), in the same undo step. */
export const updateParty = editCommand<{ id: string; changes: Partial<Omit<PartyInput, 'id'>> }>(
  'coalition.partyUpdate',
  'app.cmd.partyUpdate',
  (p, a) => ops.updateParty(p, a.id, a.changes),
);
export const removeParty = editCommand<string>('coalition.partyRemove', 'app.cmd.partyRemove', (p, id) =>
  ops.removeParty(p, id),
);

type DraftArgs<T> = { divisionId: string } & T;

export const addArrangement = editCommand<DraftArgs<{ input: Omit<ArrangementInput, 'id'> & { id?: string } }>>(
  'coalition.arrangementAdd',
  'app.cmd.arrangementAdd',
  (p, a) => ops.addArrangement(p, a.divisionId, a.input),
);
export const updateArrangement = editCommand<DraftArgs<{ id: string; changes: Partial<Omit<ArrangementInput, 'id'>> }>>(
  'coalition.arrangementUpdate',
  'app.cmd.arrangementUpdate',
  (p, a) => ops.updateArrangement(p, a.divisionId, a.id, a.changes),
);
export const removeArrangement = editCommand<DraftArgs<{ id: string }>>(
  'coalition.arrangementRemove',
  'app.cmd.arrangementRemove',
  (p, a) => ops.removeArrangement(p, a.divisionId, a.id),
);

export const addDeliberateSplit = editCommand<DraftArgs<{ input: Omit<DeliberateSplitInput, 'id'> & { id?: string } }>>(
  'coalition.deliberateAdd',
  'app.cmd.deliberateAdd',
  (p, a) => ops.addDeliberateSplit(p, a.divisionId, a.input),
);
/** Only the reason changes: the two ends are what the split is. */
export const updateDeliberateSplit = editCommand<DraftArgs<{ id: string; reason: string }>>(
  'coalition.deliberateUpdate',
  'app.cmd.deliberateUpdate',
  (p, a) => ops.updateDeliberateSplit(p, a.divisionId, a.id, a.reason),
);
export const removeDeliberateSplit = editCommand<DraftArgs<{ id: string }>>(
  'coalition.deliberateRemove',
  'app.cmd.deliberateRemove',
  (p, a) => ops.removeDeliberateSplit(p, a.divisionId, a.id),
);

export const addKeepRule = editCommand<DraftArgs<{ input: Omit<KeepRuleInput, 'id'> & { id?: string } }>>(
  'coalition.keepAdd',
  'app.cmd.keepAdd',
  (p, a) => ops.addKeepRule(p, a.divisionId, a.input),
);
export const updateKeepRule = editCommand<DraftArgs<{ id: string; changes: Partial<Omit<KeepRuleInput, 'id'>> }>>(
  'coalition.keepUpdate',
  'app.cmd.keepUpdate',
  (p, a) => ops.updateKeepRule(p, a.divisionId, a.id, a.changes),
);
export const removeKeepRule = editCommand<DraftArgs<{ id: string }>>(
  'coalition.keepRemove',
  'app.cmd.keepRemove',
  (p, a) => ops.removeKeepRule(p, a.divisionId, a.id),
);
