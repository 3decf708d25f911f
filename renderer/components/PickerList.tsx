import { Fragment, type ReactNode } from 'react';
import type { SearchEntry, SearchHit, Span } from '../../shared/catalogue/search';

/** An option of the picker: a search entry, or the text typed offered as the user's own entry. */
export type PickerRow<E extends SearchEntry> = { kind: 'hit'; hit: SearchHit<E> } | { kind: 'own'; text: string };

interface PickerListProps<E extends SearchEntry> {
  listId: string;
  label: string;
  optionId(index: number): string;
  groups: readonly { group: string | undefined; rows: readonly PickerRow<E>[] }[];
  /** Where each group's first row stands in the flat order the keys move through. */
  active: number;
  multiple: boolean;
  chosen: ReadonlySet<string>;
  ownLabel(text: string): string;
  noteOf(entry: E): string | undefined;
  onHover(index: number): void;
  onPick(row: PickerRow<E>): void;
}

/** The text with its matched stretches in <mark>, so the eye finds why an option is listed. */
export function Highlight({ text, spans }: { text: string; spans: readonly Span[] }): ReactNode {
  if (!spans.length) return text;
  const out: ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(<mark key={i}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

function HitLabel<E extends SearchEntry>({ hit, note }: { hit: SearchHit<E>; note: string | undefined }) {
  const { entry } = hit;
  return (
    <>
      {entry.code !== undefined ? (
        <span className="picker-code">
          <Highlight text={entry.code} spans={hit.codeSpans} />
        </span>
      ) : null}
      <span className="picker-name">
        <Highlight text={entry.name} spans={hit.nameSpans} />
      </span>
      {hit.synonym ? (
        <span className="picker-synonym">
          <Highlight text={hit.synonym.text} spans={hit.synonym.spans} />
        </span>
      ) : null}
      {note ? <span className="picker-note">{note}</span> : null}
    </>
  );
}

/**
 * The listbox of a CataloguePicker: options under their group headings (role group, labelled by the heading), the
 * active one marked for aria-activedescendant. Pointer users pick with a click; the input keeps the focus.
 */
export function PickerList<E extends SearchEntry>(props: PickerListProps<E>) {
  const { listId, label, optionId, groups, active, multiple, chosen } = props;
  let index = 0;
  const option = (row: PickerRow<E>) => {
    const i = index++;
    const value = row.kind === 'hit' ? row.hit.entry.value : undefined;
    const isChosen = value !== undefined && chosen.has(value);
    return (
      // The keys reach the option through the combobox input (aria-activedescendant); it is never focused itself.
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events
      <div
        key={row.kind === 'hit' ? `v:${row.hit.entry.value}` : 'own'}
        id={optionId(i)}
        role="option"
        tabIndex={-1}
        // Several: selected means chosen (with a check); one: the option Enter would take, as the APG example does.
        aria-selected={multiple ? isChosen : i === active}
        className={`picker-option${i === active ? ' picker-active' : ''}${row.kind === 'own' ? ' picker-own' : ''}`}
        onMouseMove={() => props.onHover(i)}
        onClick={() => props.onPick(row)}
      >
        <span className="picker-check" aria-hidden="true">
          {isChosen ? '✓' : ''}
        </span>
        {row.kind === 'hit' ? (
          <HitLabel hit={row.hit} note={props.noteOf(row.hit.entry)} />
        ) : (
          <span className="picker-name">{props.ownLabel(row.text)}</span>
        )}
      </div>
    );
  };
  const grouped = groups.length > 1 || groups.some((g) => g.group !== undefined);
  return (
    <div id={listId} role="listbox" aria-label={label} aria-multiselectable={multiple || undefined}>
      {groups.map((g, gi) =>
        grouped && g.group !== undefined ? (
          <div key={g.group} role="group" aria-labelledby={`${listId}-g${gi}`}>
            <div role="presentation" id={`${listId}-g${gi}`} className="picker-group">
              {g.group}
            </div>
            {g.rows.map(option)}
          </div>
        ) : (
          <Fragment key={`g${gi}`}>{g.rows.map(option)}</Fragment>
        ),
      )}
    </div>
  );
}
