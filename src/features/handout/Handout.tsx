import type { ReactNode } from 'react';
import type { StatusChange } from '../../domain/changes';
import { doneOf, expectedOf, type Vocabulary } from '../../domain/stages';
import type { Iso3, IsoDate, MapStatus, Product, Region, Status, StatusCounts } from '../../domain/types';
import type { FocalPoint } from '../../domain/contacts';
import type { GeoFeatures } from '../../geo/geoFeatures';
import { DataText } from '../../shared/DataText';
import { StaticMap, useStaticOutlines } from '../../shared/figure/StaticMap';
import { useI18n } from '../../shared/i18n/useI18n';
import { statusColours } from '../../shared/palette';
import { StatusName } from '../../shared/StatusName';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { useMapReadyMark } from '../../shared/performance';
import './handout.css';

/** One product's page: its statuses, counts, changes since the date, and where its records come from. */
export interface HandoutProduct {
  product: Product;
  vocabulary: Vocabulary;
  counts: StatusCounts;
  statuses: ReadonlyMap<Iso3, MapStatus>;
  /** Per status, how many more or fewer countries than on the since date. */
  delta?: StatusCounts;
  changes: readonly StatusChange[];
  source: string;
}

/** One line of the maps still owed: a country, what it owes, whom to ask. */
export interface OwedLine {
  iso3: Iso3;
  country: string;
  owed: readonly { product: Product; status: Status; vocabulary: Vocabulary }[];
  contacts: readonly FocalPoint[];
}

export interface HandoutProps {
  region: Region;
  asOf: IsoDate;
  since?: IsoDate;
  products: readonly HandoutProduct[];
  owed: readonly OwedLine[];
  geo?: GeoFeatures;
  /** Where the records shown come from (the page's footer line). */
  source: string;
  /** Back to the dashboard. */
  onClose(): void;
}

/** The map's drawing size on a product's page (the page scales it). */
const MAP = { width: 760, height: 470 };
/**
 * How much of a page the maps owed may fill, in millimetres, and what a line takes: a first
 * line with its rule, each wrapped line after it, about 120 characters a line (a Chinese
 * character counting two).
 */
const OWED_PAGE_MM = 140;
const ROW_MM = 7.6;
const WRAPPED_MM = 5.2;
const LINE_CHARS = 120;

/** The height a line of maps owed takes on paper, estimated from its text. */
function owedHeight(text: string): number {
  const chars = [...text].reduce(
    (n, c) => n + (/[\u2E80-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/.test(c) ? 2 : 1),
    0,
  );
  return ROW_MM + (Math.ceil(chars / LINE_CHARS) - 1) * WRAPPED_MM;
}

/** The maps owed, page by page: as many lines as fit, a long line (many products, contacts) taking more. */
function owedPages(lines: readonly OwedLine[], textOf: (line: OwedLine) => string): OwedLine[][] {
  const pages: OwedLine[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const height = owedHeight(textOf(line));
    if (used + height > OWED_PAGE_MM && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(line);
    used += height;
  }
  return pages;
}
/** Changes listed on a product's page; more are counted. */
const CHANGES_LISTED = 8;

/** Every page of the handout, numbered, with the source and the disclaimer. */
function Page({
  n,
  total,
  source,
  children,
  kind,
}: {
  n: number;
  total: number;
  source: string;
  children: ReactNode;
  kind: string;
}) {
  const i18n = useI18n();
  return (
    <section className={`handout__page handout__page--${kind}`} data-page={n}>
      <div className="handout__content">{children}</div>
      <footer className="handout__footer">
        <p className="handout__source">{source}</p>
        <p className="handout__disclaimer">{i18n.t('map.disclaimer')}</p>
        <p className="handout__number">{i18n.t('handout.page', { n, total })}</p>
      </footer>
    </section>
  );
}

/**
 * A print layout of the picture for a meeting, A4 or Letter, landscape: a cover, one page per
 * product (map, headline, counts, changes since the date), then the maps still owed, country by
 * country, with contacts where contacts.csv has them. Page numbers, source and disclaimer on
 * every page. The browser's "Save as PDF" makes the document.
 */
export function Handout({ region, asOf, since, products, owed, geo, source, onClose }: HandoutProps) {
  const i18n = useI18n();
  const outlines = useStaticOutlines({ geo, fit: region.members, ...MAP });
  // The maps are drawn (or there are none to draw): the handout may be printed.
  const drawn = outlines !== undefined || geo === undefined;
  useMapReadyMark(drawn);
  const owedList = (line: OwedLine) =>
    i18n.list(line.owed.map((o) => `${o.product.short} (${i18n.statusIn(o.status, o.vocabulary).text})`));
  const contactsOf = (line: OwedLine) =>
    line.contacts.map((c) => (c.email ? `${c.name} <${c.email}>` : c.name)).join('; ');
  const owedText = (line: OwedLine) => `${line.country}: ${owedList(line)} · ${contactsOf(line)}`;
  const pagesOwed = owedPages(owed, owedText);
  const total = 1 + products.length + pagesOwed.length;
  const regionName = i18n.text(region.name);
  const date = i18n.formatDate(asOf);
  return (
    <div className="handout">
      <header className="handout__toolbar no-print">
        <button type="button" onClick={() => window.print()} disabled={!drawn}>
          {i18n.t('handout.print')}
        </button>
        <button type="button" onClick={onClose}>
          {i18n.t('handout.close')}
        </button>
        <p>{i18n.t('handout.hint')}</p>
      </header>
      <main aria-label={i18n.t('handout.open')}>
        <Page n={1} total={total} source={source} kind="cover">
          <p className="handout__org">{i18n.t('app.subtitle')}</p>
          <h1 className="handout__title">{i18n.t('app.title')}</h1>
          <p className="handout__region">{regionName}</p>
          <p className="handout__date">{i18n.t('handout.asOf', { date })}</p>
          {since && (
            <p className="handout__date">{i18n.t('handout.since', { date: i18n.formatDate(since) })}</p>
          )}
          <ul className={`handout__summary${products.length > 6 ? ' handout__summary--many' : ''}`}>
            {products.map(({ product, vocabulary, counts }) => (
              <li key={product.id}>
                <strong>
                  <DataText value={product.short} />
                </strong>
                {': '}
                {i18n.progress(doneOf(vocabulary, counts), expectedOf(vocabulary, counts), vocabulary)}
              </li>
            ))}
          </ul>
        </Page>
        {products.map((p, i) => (
          <Page key={p.product.id} n={2 + i} total={total} source={p.source} kind="product">
            <ProductPage
              {...p}
              region={region}
              asOf={asOf}
              since={since}
              geo={geo}
              map={
                geo && outlines ? (
                  <StaticMap
                    geo={geo}
                    outlines={outlines}
                    statuses={p.statuses}
                    fit={region.members}
                    {...MAP}
                    idPrefix={`handout-${p.product.id}`}
                    colours={statusColours(p.vocabulary)}
                    marked={since ? new Set(p.changes.map((c) => c.country)) : undefined}
                  />
                ) : undefined
              }
            />
          </Page>
        ))}
        {pagesOwed.map((lines, i) => (
          <Page key={`owed-${i}`} n={2 + products.length + i} total={total} source={source} kind="owed">
            <h2 className="handout__heading">
              {i18n.t('handout.owedTitle', { region: regionName, date })}
              {pagesOwed.length > 1 && ` (${i + 1}/${pagesOwed.length})`}
            </h2>
            {lines.length === 0 ? (
              <p>{i18n.t('handout.owedNone')}</p>
            ) : (
              <ul className="handout__owed">
                {lines.map((line) => (
                  <li key={line.iso3} data-iso3={line.iso3}>
                    <strong>{line.country}</strong>
                    {': '}
                    {owedList(line)}
                    {line.contacts.length > 0 && (
                      <span className="handout__contacts">
                        {' · '}
                        {contactsOf(line)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Page>
        ))}
      </main>
    </div>
  );
}

function ProductPage({
  product,
  vocabulary,
  counts,
  delta,
  changes,
  region,
  asOf,
  since,
  map,
}: HandoutProduct & { region: Region; asOf: IsoDate; since?: IsoDate; geo?: GeoFeatures; map?: ReactNode }) {
  const i18n = useI18n();
  const listed = changes.slice(0, CHANGES_LISTED);
  return (
    <>
      <h2 className="handout__heading">
        <DataText value={product.name} /> (<DataText value={product.short} />)
      </h2>
      <p className="handout__subtitle">
        {i18n.t('figure.subtitle', { region: i18n.text(region.name), date: i18n.formatDate(asOf) })}
      </p>
      <div className="handout__product">
        <svg
          className="handout__map"
          viewBox={`0 0 ${MAP.width} ${MAP.height}`}
          role="img"
          aria-label={product.short}
        >
          {map}
        </svg>
        <div className="handout__stats">
          <p className="handout__headline" data-testid="handout-headline">
            {i18n.progress(doneOf(vocabulary, counts), expectedOf(vocabulary, counts), vocabulary)}
          </p>
          <ul className="handout__counts">
            {vocabulary.ids.map((status) => (
              <li key={status} data-status={status}>
                <StatusSwatch status={status} vocabulary={vocabulary} size={12} />{' '}
                <StatusName status={status} vocabulary={vocabulary} />{' '}
                {i18n.formatNumber(counts[status] ?? 0)}
                {delta && (delta[status] ?? 0) !== 0 && (
                  <> {i18n.t('legend.change', { change: i18n.formatChange(delta[status] ?? 0) })}</>
                )}
              </li>
            ))}
          </ul>
          {since && (
            <div className="handout__changes">
              <h3>{i18n.t('handout.changesSince', { date: i18n.formatDate(since) })}</h3>
              {changes.length === 0 ? (
                <p>{i18n.t('handout.noChange')}</p>
              ) : (
                <ul>
                  {listed.map((c) => (
                    <li key={`${c.country}-${c.record.date}-${c.to}`}>
                      {i18n.formatDate(c.record.date)}: {i18n.countryName(c.country)}{' '}
                      <StatusName status={c.from} vocabulary={vocabulary} /> {i18n.t('changes.to')}{' '}
                      <StatusName status={c.to} vocabulary={vocabulary} />
                    </li>
                  ))}
                  {changes.length > listed.length && (
                    <li>{i18n.t('handout.moreChanges', { count: changes.length - listed.length })}</li>
                  )}
                </ul>
              )}
            </div>
          )}
        </div>
      </div>
    </>
  );
}
