import { useId, useMemo, useState } from 'react';
import type { Iso3 } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import type * as SearchIndex from './searchIndex';
import './search.css';

/** What a form needs of the search to use it as one of its fields. */
export interface CountryFieldOptions {
  /** The field's label, instead of "Find a country". */
  label?: string;
  placeholder?: string;
  /** The input's id, for the form's links to it. */
  inputId?: string;
  /** Ids of the hint and error that describe the field. */
  describedBy?: string;
  invalid?: boolean;
  /** Text shown at first, e.g. the country of a draft being edited. */
  initialQuery?: string;
  /** Each change of the text typed (a code or name typed but not picked is still a value). */
  onQuery?(query: string): void;
}

/** A combobox that finds any country by name or code and selects it. */
export function CountrySearch({
  countries,
  onPick,
  label,
  placeholder,
  inputId,
  describedBy,
  invalid,
  initialQuery = '',
  onQuery,
}: {
  countries: readonly Iso3[];
  onPick(iso3: Iso3): void;
} & CountryFieldOptions) {
  const i18n = useI18n();
  const id = useId();
  // Every name of every country, in every language: fetched when the field is first used (a
  // chunk of its own), and the index built at the first keystroke, not with the page.
  const [search, setSearch] = useState<typeof SearchIndex>();
  const load = () => {
    // A fetch that fails is tried again at the next focus or keystroke.
    if (!search) import('./searchIndex').then(setSearch, (error: unknown) => console.warn('search:', error));
  };
  const index = useMemo(() => {
    let built: ReturnType<typeof SearchIndex.buildSearchIndex> | undefined;
    return search && (() => (built ??= search.buildSearchIndex(countries, i18n.countryName)));
  }, [search, countries, i18n]);
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = useMemo(
    () => (search && index && query.trim() ? search.searchCountries(index(), query) : []),
    [search, index, query],
  );

  const pick = (iso3: Iso3) => {
    onPick(iso3);
    setQuery(i18n.countryName(iso3));
    setOpen(false);
  };
  const listId = `${id}-list`;
  const input = inputId ?? `${id}-input`;
  const showList = open && query.trim() !== '' && search !== undefined;
  return (
    <div className="search">
      <label htmlFor={input} className="search__label">
        {label ?? i18n.t('search.label')}
      </label>
      <input
        id={input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${id}-${results[active]!.iso3}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={placeholder ?? i18n.t('search.placeholder')}
        value={query}
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          onQuery?.(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            const hit = results[active];
            if (hit) {
              e.preventDefault();
              pick(hit.iso3);
            }
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search__list" aria-label={label ?? i18n.t('search.label')}>
          {results.length === 0 && <li className="search__none">{i18n.t('search.none', { query })}</li>}
          {results.map((r, i) => (
            <li
              key={r.iso3}
              id={`${id}-${r.iso3}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r.iso3);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {r.name} <span className="search__code">{r.iso3}</span>
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" role="status">
        {showList ? i18n.t('search.results', { count: results.length }) : ''}
      </span>
    </div>
  );
}
