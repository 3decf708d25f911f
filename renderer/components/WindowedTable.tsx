import { Fragment, useDeferredValue, useMemo, type ReactNode } from 'react';
import { useT } from '../app/StoreContext';
import './windowedTable.css';
import { DataTableHead, type Column } from './DataTable';
import { PRINT_ALL_MAX } from './tableWindow';
import { useTableWindow } from './useTableWindow';

/** What every row must carry: its place for screen readers and the virtualizer, and the measuring ref. */
export interface RowAttrs {
  'data-index': number;
  'aria-rowindex': number;
  ref?: (el: HTMLTableRowElement | null) => void;
}

interface WindowedTableProps<T> {
  /** Read by screen readers; the visible heading above the table usually says the same. */
  caption: string;
  columns: readonly Column[];
  /** Adds a last column for row buttons (RowActions), named for screen readers only. */
  actions?: boolean;
  className?: string;
  rows: readonly T[];
  /** A row's stable id; a function that keeps its identity between renders. */
  rowKey(row: T): string;
  /** Renders one `<tr {...attrs}>`. */
  renderRow(row: T, attrs: RowAttrs): ReactNode;
  /** A typical row's height in pixels before it is measured. */
  estimate?: number;
  /** Added to the print note of a table too large to print whole (where the full list can be had instead). */
  printHint?: string;
}

/**
 * DataTable for one row per goal or link (issue 17): above WINDOW_FROM rows only the rows on screen are in the
 * DOM, with gap rows holding the table's full height, so the page scrolls as before. Screen readers hear the full
 * size (aria-rowcount, aria-rowindex); the header stays on screen; the focused row is never dropped.
 */
export function WindowedTable<T>({
  caption,
  columns,
  actions,
  className,
  rows,
  rowKey,
  renderRow,
  estimate = 46,
  printHint,
}: WindowedTableProps<T>) {
  const t = useT();
  // A new set of rows (an import of thousands of goals) is drawn in a render of its own, after the edit that
  // brought it: the edit's task and the table's each stay short, and the old rows show until the new ones are in.
  const shown = useDeferredValue(rows);
  const { windowed, printNote, segments, drawn, measure, bodyProps } = useTableWindow({
    rows: shown,
    rowKey,
    estimate,
  });
  const span = columns.length + (actions ? 1 : 0);
  // A scroll that stays within the drawn rows renders the same segments: React then skips the rows entirely.
  const signature = segments.map((s) => (s.kind === 'row' ? s.index : `g${s.height}`)).join(',');
  const body = useMemo(
    () =>
      segments.map((s) =>
        s.kind === 'gap' ? (
          <tr key={s.key} className="table-gap" aria-hidden="true">
            <td colSpan={span} style={{ height: s.height }} />
          </tr>
        ) : (
          <Fragment key={rowKey(shown[s.index]!)}>
            {renderRow(shown[s.index]!, { 'data-index': s.index, 'aria-rowindex': s.index + 2, ref: measure })}
          </Fragment>
        ),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `signature` stands for `segments`
    [signature, shown, rowKey, renderRow, measure, span],
  );
  const classes = ['table', 'table-window', windowed ? 'is-windowed' : '', className ?? ''].filter(Boolean);
  return (
    <>
      {printNote ? (
        <p className="print-only table-print-note">
          {t('app.table.printPartial', { shown: drawn, count: shown.length, max: PRINT_ALL_MAX })}
          {printHint ? ` ${printHint}` : null}
        </p>
      ) : null}
      <table className={classes.join(' ')} aria-rowcount={shown.length + 1}>
        <caption className="sr-only">{caption}</caption>
        {columns.some((c) => c.width) ? (
          <colgroup>
            {columns.map((c, i) => (
              <col key={i} style={c.width ? { width: c.width } : undefined} />
            ))}
            {actions ? <col className="col-actions" /> : null}
          </colgroup>
        ) : null}
        <DataTableHead columns={columns} actions={actions} rowIndex={1} />
        <tbody {...bodyProps}>{body}</tbody>
      </table>
    </>
  );
}
