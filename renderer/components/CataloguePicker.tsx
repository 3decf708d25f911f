import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { foldForSearch, groupHits, indexEntries, searchIndex, type SearchEntry } from '../../shared/catalogue/search';
import { useT } from '../app/StoreContext';
import { PickerList, type PickerRow } from './PickerList';
import './cataloguePicker.css';

/** An option a picker offers; `note` is shown after it, softer ("al in dit project"). */
export type PickerOption = SearchEntry & { note?: string };

interface CataloguePickerProps {
  /** From Field: the input gets the label's id, the hint and the error state. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  /** The field's label again, naming the listbox and the list of chosen values. */
  label: string;
  options: readonly PickerOption[];
  /** The chosen values, in order; at most one unless `multiple`. */
  value: readonly string[];
  onChange(value: string[]): void;
  multiple?: boolean;
  /** Free text the model accepts (a theme): offered below the matches and marked as the user's own entry. */
  allowOwn?: boolean;
  /** How a chosen value that is not among the options is marked ("eigen invoer", "onbekende code"). */
  unlistedNote?: string;
  /** At most this many options at once; the rest is counted ("12 meer — typ verder"). */
  limit?: number;
}

const chipText = (o: PickerOption | undefined, value: string) =>
  o ? (o.code !== undefined ? `${o.code} ${o.name}` : o.name) : value;

/**
 * A combobox with type-ahead after the WAI-ARIA APG pattern (list autocomplete, automatic selection): the input keeps
 * the focus and points at the active option with aria-activedescendant. Typing opens the list and makes the best
 * match active; ↓ ↑ move (and open), Home / End jump once the arrows are in the list, Enter takes the active option,
 * Esc closes the list (then clears the text; only then does it reach the dialog), Backspace in an empty input removes
 * the last chosen value. Chosen values stand before the input as chips with a remove button.
 */
export function CataloguePicker(props: CataloguePickerProps) {
  const { label, options, value, onChange, multiple = false, allowOwn = false, limit = 40 } = props;
  const t = useT();
  const ownId = useId();
  const inputId = props.id ?? ownId;
  const listId = `${inputId}-list`;
  const optionId = (i: number) => `${inputId}-opt-${i}`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Home and End move in the list only once the arrows took the user there; before that they move the caret.
  const [navigated, setNavigated] = useState(false);
  const [message, setMessage] = useState('');

  const index = useMemo(() => indexEntries(options), [options]);
  const byValue = useMemo(() => new Map(options.map((o) => [o.value, o])), [options]);
  const chosen = useMemo(() => new Set(value), [value]);
  const result = useMemo(() => searchIndex(index, query, limit), [index, query, limit]);
  const own = query.trim();
  const offerOwn =
    allowOwn &&
    own !== '' &&
    !value.some((v) => foldForSearch(v) === foldForSearch(own)) &&
    !options.some((o) => foldForSearch(o.name) === foldForSearch(own));
  const groups = useMemo(() => {
    const g = groupHits(result.hits).map((x) => ({
      group: x.group,
      rows: x.hits.map((hit): PickerRow<PickerOption> => ({ kind: 'hit', hit })),
    }));
    if (offerOwn) g.push({ group: undefined, rows: [{ kind: 'own', text: own }] });
    return g;
  }, [result, offerOwn, own]);
  const rows = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const activeRow = open ? rows[active] : undefined;

  useEffect(() => {
    if (activeRow) document.getElementById(`${inputId}-opt-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeRow, active, inputId]);

  const nameOf = (v: string) => chipText(byValue.get(v), v);
  const close = () => {
    setOpen(false);
    setActive(-1);
    setNavigated(false);
  };
  const remove = (v: string) => {
    onChange(value.filter((x) => x !== v));
    setMessage(t('app.picker.removed', { name: nameOf(v) }));
  };
  const pick = (row: PickerRow<PickerOption>) => {
    const v = row.kind === 'hit' ? row.hit.entry.value : row.text;
    const name = row.kind === 'hit' ? chipText(row.hit.entry, v) : v;
    if (multiple && chosen.has(v)) {
      remove(v);
    } else {
      onChange(multiple ? [...value, v] : [v]);
      setMessage(t('app.picker.added', { name }));
    }
    // Browsing the whole list with the arrows keeps it open for the next choice; a search is done once it found.
    if (multiple && query === '') return;
    setQuery('');
    close();
  };
  const openAt = (i: number) => {
    setOpen(true);
    setActive(i);
    setNavigated(true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = rows.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openAt(e.altKey ? -1 : 0);
        else openAt(active >= last ? 0 : active + 1);
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openAt(last);
        else openAt(active <= 0 ? last : active - 1);
        return;
      case 'Home':
      case 'End':
        if (open && navigated && rows.length) {
          e.preventDefault();
          setActive(e.key === 'Home' ? 0 : last);
        }
        return;
      case 'Enter':
        // Never submit the form from a half-typed search; with nothing typed and the list closed, Enter saves.
        if (activeRow) {
          e.preventDefault();
          pick(activeRow);
        } else if (open || query !== '') e.preventDefault();
        return;
      case 'Escape':
        if (open || query !== '') {
          // Handled here: the dialog around the form must not close as well.
          e.preventDefault();
          e.stopPropagation();
          if (open) close();
          else setQuery('');
        }
        return;
      case 'Backspace':
        if (query === '' && value.length) {
          e.preventDefault();
          remove(value[value.length - 1]!);
        }
        return;
      case 'Tab':
        close();
        return;
    }
  };

  const more = result.total - result.hits.length;
  const chipsLabel = t('app.picker.chosen', { label });
  return (
    <div className="picker">
      <div className="picker-box" onClick={() => input.current?.focus()} role="presentation">
        {value.length ? (
          <ul className="picker-chips" aria-label={chipsLabel}>
            {value.map((v) => {
              const o = byValue.get(v);
              return (
                <li key={v} className={`picker-chip${o ? '' : ' picker-chip-unlisted'}`}>
                  <span>{nameOf(v)}</span>
                  {o ? null : <span className="picker-chip-note">{props.unlistedNote ?? t('app.picker.own')}</span>}
                  <button
                    type="button"
                    className="picker-chip-remove"
                    aria-label={t('app.picker.remove', { name: nameOf(v) })}
                    onClick={(e) => {
                      e.stopPropagation();
                      remove(v);
                      input.current?.focus();
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeRow ? optionId(active) : undefined}
          aria-describedby={props['aria-describedby']}
          aria-invalid={props['aria-invalid']}
          placeholder={t('app.picker.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setMessage('');
            setOpen(true);
            setActive(e.target.value.trim() ? 0 : -1);
            setNavigated(false);
          }}
          onClick={() => (open ? close() : setOpen(true))}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
      </div>
      {open ? (
        // mousedown would take the focus from the input; the click still picks.
        <div className="picker-popup" onMouseDown={(e) => e.preventDefault()} role="presentation">
          {rows.length ? (
            <PickerList
              listId={listId}
              label={label}
              optionId={optionId}
              groups={groups}
              active={active}
              multiple={multiple}
              chosen={chosen}
              ownLabel={(text) => t('app.picker.ownOption', { text })}
              noteOf={(entry) => entry.note}
              onHover={setActive}
              onPick={(row) => {
                pick(row);
                input.current?.focus();
              }}
            />
          ) : (
            <p id={listId} className="picker-empty">
              {t('app.picker.none')}
            </p>
          )}
          {more > 0 ? <p className="picker-more">{t('app.picker.more', { count: more })}</p> : null}
        </div>
      ) : (
        // Collapsed: the list aria-controls names is there, empty and hidden.
        <div id={listId} role="listbox" aria-label={label} hidden />
      )}
      <p className="sr-only" role="status">
        {message || (open ? t('app.picker.results', { count: result.total }) : '')}
      </p>
    </div>
  );
}
