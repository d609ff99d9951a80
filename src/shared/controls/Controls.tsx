import { useState, type ReactNode } from 'react';
import { LANGUAGE_CODES, type Language } from '../../domain/languages';
import type { IsoDate, Product, Region } from '../../domain/types';
import { LANGUAGES } from '../i18n/languages';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
import { ALL_PRODUCTS } from '../../domain/products';
import './controls.css';

export function ProductSwitcher({
  products,
  current,
  onChange,
  all,
}: {
  products: readonly Product[];
  current?: string;
  onChange(id: string): void;
  /** Offer "All products" (ALL_PRODUCTS) after them, when there are several. */
  all?: boolean;
}) {
  const i18n = useI18n();
  return (
    <fieldset className="switcher">
      <legend className="control__label">{i18n.t('controls.product')}</legend>
      <div className="switcher__options">
        {products.map((p) => (
          <label key={p.id} className="switcher__option" title={i18n.text(p.name)}>
            <input
              type="radio"
              name="product"
              value={p.id}
              checked={p.id === current}
              onChange={() => onChange(p.id)}
            />
            <span>{p.short}</span>
          </label>
        ))}
        {all && products.length > 1 && (
          <label className="switcher__option switcher__option--all">
            <input
              type="radio"
              name="product"
              value={ALL_PRODUCTS}
              checked={current === ALL_PRODUCTS}
              onChange={() => onChange(ALL_PRODUCTS)}
            />
            <span>{i18n.t('allProducts.choice')}</span>
          </label>
        )}
      </div>
    </fieldset>
  );
}

const GROUP_ORDER = ['partnership', 'world', 'un-region', 'un-subregion'];

export function RegionSelect({
  regions,
  current,
  onChange,
}: {
  regions: readonly Region[];
  current?: string;
  onChange(id: string): void;
}) {
  const i18n = useI18n();
  const kinds = [...new Set(regions.map((r) => r.kind))].sort(
    (a, b) => ((GROUP_ORDER.indexOf(a) + 99) % 99) - ((GROUP_ORDER.indexOf(b) + 99) % 99),
  );
  const groupLabel = (kind: string) =>
    GROUP_ORDER.includes(kind) ? i18n.t(`controls.regionGroup.${kind}` as MessageKey) : kind;
  return (
    <Control id="region-select" label={i18n.t('controls.region')}>
      <select id="region-select" value={current} onChange={(e) => onChange(e.target.value)}>
        {kinds.map((kind) => (
          <optgroup key={kind} label={groupLabel(kind)}>
            {regions
              .filter((r) => r.kind === kind)
              .map((r) => (
                <option key={r.id} value={r.id} lang={i18n.textIn(r.name).lang}>
                  {i18n.text(r.name)} ({r.members.length})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </Control>
  );
}

export function AsOfControl({
  value,
  latest,
  max,
  onChange,
}: {
  value: IsoDate;
  latest?: IsoDate;
  max: IsoDate;
  onChange(date: IsoDate | undefined): void;
}) {
  const i18n = useI18n();
  return (
    <DateControl
      id="asof-input"
      label={i18n.t('controls.asOf')}
      value={value}
      max={max}
      onChange={onChange}
      reset={
        latest && value !== latest
          ? i18n.t('controls.asOfLatest', { date: i18n.formatDate(latest) })
          : undefined
      }
    />
  );
}

/**
 * A date to choose, with a button that goes back to the default when one is given (`reset`
 * names it); an emptied field and the button both choose undefined, the default.
 */
export function DateControl({
  id,
  label,
  value,
  max,
  reset,
  onChange,
}: {
  id: string;
  label: string;
  value: IsoDate | undefined;
  max: IsoDate;
  reset?: string;
  onChange(date: IsoDate | undefined): void;
}) {
  return (
    <Control id={id} label={label}>
      <div className="asof">
        <input
          id={id}
          type="date"
          value={value ?? ''}
          max={max}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
        {reset && (
          <button type="button" className="asof__reset" onClick={() => onChange(undefined)}>
            {reset}
          </button>
        )}
      </div>
    </Control>
  );
}

/** A control with its label above it, or beside it when `inline`. */
export function Control({
  id,
  label,
  inline = false,
  children,
}: {
  id: string;
  label: ReactNode;
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={inline ? 'control control--inline' : 'control'}>
      <label htmlFor={id} className="control__label">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A labelled select on one line with its label, as the header's settings are. */
function InlineSelect<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; text: string; lang?: string; dir?: 'ltr' | 'rtl' }[];
  onChange(value: T): void;
}) {
  return (
    <Control id={id} label={label} inline>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(({ value: v, text, ...attributes }) => (
          <option key={v} value={v} {...attributes}>
            {text}
          </option>
        ))}
      </select>
    </Control>
  );
}

/** The interface language, each named in itself ("Français", "العربية"). */
export function LanguageSelect({ current, onChange }: { current: string; onChange(lang: Language): void }) {
  const i18n = useI18n();
  return (
    <InlineSelect
      id="language"
      label={i18n.t('lang.label')}
      value={current}
      options={LANGUAGE_CODES.map((code) => ({
        value: code,
        text: LANGUAGES[code].name,
        lang: code,
        dir: LANGUAGES[code].dir,
      }))}
      onChange={(lang) => onChange(lang as Language)}
    />
  );
}

/** The colours: as the system, light, dark, or high contrast for projectors. */
export function ThemeSelect<T extends string>({
  choices,
  current,
  onChange,
}: {
  choices: readonly T[];
  current: T;
  onChange(choice: T): void;
}) {
  const i18n = useI18n();
  return (
    <InlineSelect
      id="theme"
      label={i18n.t('theme.label')}
      value={current}
      options={choices.map((choice) => ({ value: choice, text: i18n.t(`theme.${choice}` as MessageKey) }))}
      onChange={onChange}
    />
  );
}

/**
 * Controls that a phone keeps behind one button, which says what they hold ("Asian Soil
 * Partnership · 9 March 2022 · Change"), so that the map has the first screen; on a wider
 * screen they are shown in place and the button is not.
 */
export function Collapsible({ id, summary, children }: { id: string; summary: string; children: ReactNode }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <DisclosureButton className="collapsible__toggle" open={open} controls={id} onToggle={setOpen}>
        <span className="collapsible__summary">{summary}</span>
        <span className="collapsible__action">{i18n.t(open ? 'controls.close' : 'controls.change')}</span>
      </DisclosureButton>
      <div id={id} className="collapsible" data-open={open || undefined}>
        {children}
      </div>
    </>
  );
}

/** A button that shows and hides the element `controls` names, saying which it will do. */
export function DisclosureButton({
  open,
  controls,
  className,
  onToggle,
  children,
}: {
  open: boolean;
  controls: string;
  className: string;
  onToggle(open: boolean): void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {children}
    </button>
  );
}
