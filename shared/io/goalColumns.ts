import type { ColumnDef } from './csvColumns';

export type GoalColumn =
  | 'id'
  | 'title'
  | 'description'
  | 'domain'
  | 'themes'
  | 'taakvelden'
  | 'laws'
  | 'owInstrument'
  | 'owAspects'
  | 'budget'
  | 'source';

/** The documented goal columns, in export order (shared/io/README.md shows this table). */
export const GOAL_COLUMNS: readonly ColumnDef<GoalColumn>[] = [
  { key: 'id', nl: 'id', en: 'id', aliases: [] },
  { key: 'title', nl: 'titel', en: 'title', aliases: ['doel', 'naam', 'name', 'goal'], required: true },
  { key: 'description', nl: 'omschrijving', en: 'description', aliases: ['beschrijving'] },
  { key: 'domain', nl: 'domein', en: 'domain', aliases: [] },
  { key: 'themes', nl: 'themas', en: 'themes', aliases: ['thema', 'theme'] },
  { key: 'taakvelden', nl: 'taakvelden', en: 'taakvelden', aliases: ['taakveld', 'iv3', 'task fields'] },
  { key: 'laws', nl: 'wetten', en: 'laws', aliases: ['wet', 'law'] },
  { key: 'owInstrument', nl: 'ow_instrument', en: 'ow_instrument', aliases: ['omgevingswet_instrument', 'instrument'] },
  { key: 'owAspects', nl: 'ow_aspecten', en: 'ow_aspects', aliases: ['omgevingswet_aspecten', 'aspecten', 'aspects'] },
  { key: 'budget', nl: 'budget', en: 'budget', aliases: ['bedrag', 'amount'] },
  { key: 'source', nl: 'bron', en: 'source', aliases: ['herkomst'] },
];

/** Which column a Goal field is read from, for pointing zod issues at a cell. */
export const GOAL_FIELD_COLUMN: Readonly<Record<string, GoalColumn>> = {
  id: 'id',
  title: 'title',
  description: 'description',
  domainId: 'domain',
  themes: 'themes',
  taakvelden: 'taakvelden',
  laws: 'laws',
  omgevingswet: 'owAspects',
  budget: 'budget',
  source: 'source',
};
