import type { ReactNode } from 'react';
import { useT } from '../app/StoreContext';

export interface Column {
  label: string;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
  /** A CSS width; a windowed table fixes its columns so they do not shift as rows scroll in and out. */
  width?: string;
}

interface DataTableProps {
  /** Read by screen readers; the visible heading above the table usually says the same. */
  caption: string;
  columns: readonly Column[];
  /** Adds a last column for row buttons (RowActions), named for screen readers only. */
  actions?: boolean;
  className?: string;
  children: ReactNode;
}

/** The app's table frame: a caption, scoped column headers, numeric columns aligned right. */
export function DataTable({ caption, columns, actions, className, children }: DataTableProps) {
  return (
    <table className={className ? `table ${className}` : 'table'}>
      <caption className="sr-only">{caption}</caption>
      <DataTableHead columns={columns} actions={actions} />
      <tbody>{children}</tbody>
    </table>
  );
}

/** The header row, shared with WindowedTable; `rowIndex` is set when the table announces its full size. */
export function DataTableHead({
  columns,
  actions,
  rowIndex,
}: {
  columns: readonly Column[];
  actions?: boolean;
  rowIndex?: number;
}) {
  const t = useT();
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {columns.map((c, i) => (
          // Labels may repeat (two drafts of the same name side by side): the position is the identity.
          <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
        {actions ? (
          <th scope="col">
            <span className="sr-only">{t('app.table.actions')}</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}
