import type { ColumnDef } from './csvColumns';

export type LinkColumn = 'id' | 'source' | 'target' | 'kind' | 'strength' | 'rationale' | 'sourceTitle' | 'targetTitle';

/** The documented link columns, in export order (shared/io/README.md shows this table). */
export const LINK_COLUMNS: readonly ColumnDef<LinkColumn>[] = [
  { key: 'id', nl: 'id', en: 'id', aliases: [] },
  { key: 'source', nl: 'van', en: 'from', aliases: ['source', 'bron_doel', 'van_doel'], required: true },
  { key: 'target', nl: 'naar', en: 'to', aliases: ['target', 'doel_naar', 'naar_doel'], required: true },
  { key: 'kind', nl: 'soort', en: 'kind', aliases: ['type', 'relatie', 'relation'], required: true },
  { key: 'strength', nl: 'sterkte', en: 'strength', aliases: ['gewicht', 'weight'] },
  { key: 'rationale', nl: 'toelichting', en: 'rationale', aliases: ['onderbouwing', 'reden', 'reason', 'note'] },
  { key: 'sourceTitle', nl: 'van_titel', en: 'from_title', aliases: [], informative: true },
  { key: 'targetTitle', nl: 'naar_titel', en: 'to_title', aliases: [], informative: true },
];

export const LINK_FIELD_COLUMN: Readonly<Record<string, LinkColumn>> = {
  id: 'id',
  source: 'source',
  target: 'target',
  kind: 'kind',
  strength: 'strength',
  rationale: 'rationale',
};
