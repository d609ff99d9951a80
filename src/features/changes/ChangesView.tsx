import { useMemo } from 'react';
import { TableHead } from '../../shared/TableHead';
import {
  CHANGE_KINDS,
  changesBetween,
  headline,
  type ChangeKind,
  type StatusChange,
} from '../../domain/changes';
import { vocabularies, vocabularyOf } from '../../domain/stages';
import type { RecordIndex } from '../../domain/status';
import { productTitle, unbroken } from '../../domain/products';
import type { IsoDate, Product, Region } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { StatusName } from '../../shared/StatusName';
import { DateControl } from '../../shared/controls/Controls';
import './changes.css';
import { LongText } from '../../shared/LongText';
import { DataText } from '../../shared/DataText';

export interface ChangesViewProps {
  index: RecordIndex;
  products: readonly Product[];
  region: Region;
  asOf: IsoDate;
  /** The date changes are counted from; undefined when no record is older than the as-of date. */
  since?: IsoDate;
  /** The date asked for in the URL, when it is not before the as-of date (so not used). */
  sinceRefused?: IsoDate;
  /** The previous record date before as-of, the default `since`; offered when another is chosen. */
  defaultSince?: IsoDate;
  onSince(date: IsoDate | undefined): void;
  /** Region and date controls, from the app. */
  controls: React.ReactNode;
  onOpenCountry(iso3: string): void;
  /** Opens the overview, its legend and map showing the changes. */
  onShowOnMap(): void;
}

/** Every change of status in the region between two dates, per product, with its record. */
export function ChangesView(props: ChangesViewProps) {
  const { index, products, region, asOf, since, sinceRefused, defaultSince, onSince, controls } = props;
  const i18n = useI18n();
  const changes = useMemo(
    () =>
      since
        ? changesBetween(
            index,
            products.map((p) => p.id),
            region.members,
            since,
            asOf,
            vocabularies(products),
          )
        : [],
    [index, products, region, since, asOf],
  );
  return (
    <div className="changes">
      <div className="changes__controls no-print">
        {controls}
        <DateControl
          id="since-input"
          label={i18n.t('changes.since')}
          value={since}
          max={asOf}
          onChange={onSince}
          reset={
            defaultSince && since !== defaultSince
              ? i18n.t('changes.sinceDefault', { date: i18n.formatDate(defaultSince) })
              : undefined
          }
        />
      </div>
      {sinceRefused && (
        <p className="changes__message" role="status">
          {i18n.t('changes.sinceNotBefore', {
            value: i18n.formatDate(sinceRefused),
            date: i18n.formatDate(asOf),
          })}
        </p>
      )}
      {since ? (
        <>
          <div className="changes__title-row">
            <h2 className="changes__title">
              {i18n.t('changes.title', {
                region: i18n.text(region.name),
                since: i18n.formatDate(since),
                asOf: i18n.formatDate(asOf),
              })}
            </h2>
            <button type="button" className="changes__map-link no-print" onClick={props.onShowOnMap}>
              {i18n.t('changes.showOnMap')}
            </button>
          </div>
          {products.map((product) => (
            <ProductChanges
              key={product.id}
              product={product}
              region={region}
              since={since}
              changes={changes.filter((c) => c.product === product.id)}
              onOpenCountry={props.onOpenCountry}
            />
          ))}
        </>
      ) : (
        <p className="changes__message">{i18n.t('changes.noEarlier', { date: i18n.formatDate(asOf) })}</p>
      )}
    </div>
  );
}

function ProductChanges({
  product,
  region,
  since,
  changes,
  onOpenCountry,
}: {
  product: Product;
  region: Region;
  since: IsoDate;
  changes: readonly StatusChange[];
  onOpenCountry(iso3: string): void;
}) {
  const i18n = useI18n();
  const title = productTitle(product);
  const vocabulary = vocabularyOf(product);
  const counts = headline(changes);
  const headingId = `changes-${product.id}`;
  const others = CHANGE_KINDS.filter((k) => k !== 'submitted' && counts[k] > 0).map((k) =>
    // Submissions have the headline to themselves.
    i18n.t(`changes.count.${k as Exclude<ChangeKind, 'submitted'>}`, { count: counts[k] }),
  );
  return (
    <section className="changes__product" aria-labelledby={headingId} data-product={product.id}>
      <h3 id={headingId}>
        <DataText value={product.name} /> ({unbroken(title)})
      </h3>
      <p className="changes__headline" data-testid="changes-headline">
        {vocabulary.builtIn
          ? i18n.t('changes.headline', {
              count: counts.submitted,
              product: unbroken(title),
              date: i18n.formatDate(since),
            })
          : i18n.t('changes.headlineWord', {
              count: counts.submitted,
              word: i18n.doneWord(vocabulary),
              product: unbroken(title),
              date: i18n.formatDate(since),
            })}
      </p>
      {others.length > 0 && <p className="changes__others">{i18n.list(others)}</p>}
      {changes.length === 0 ? (
        <p className="changes__none">
          {i18n.t('changes.none', { product: title, region: i18n.text(region.name) })}
        </p>
      ) : (
        <div className="changes__table-wrap">
          <table className="changes__table">
            <TableHead
              caption={i18n.t('changes.caption', { product: title, region: i18n.text(region.name) })}
              columns={[
                i18n.t('changes.col.date'),
                i18n.t('outstanding.country'),
                i18n.t('changes.col.change'),
                i18n.t('outstanding.note'),
                i18n.t('changes.col.source'),
              ]}
            />
            <tbody>
              {changes.map((c) => (
                <tr
                  key={`${c.country}-${c.record.line}-${c.record.draft ?? ''}`}
                  data-iso3={c.country}
                  data-kind={c.kind}
                  data-from={c.from}
                  data-to={c.to}
                >
                  <td className="changes__date">
                    {i18n.formatDate(c.record.date)}
                    {c.record.draft && (
                      <>
                        {' '}
                        <span className="draft-mark" data-draft>
                          {i18n.t('drafts.mark')}
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onOpenCountry(c.country)}>
                      {i18n.countryName(c.country)}
                    </button>
                  </td>
                  <td>
                    <span className={`changes__kind changes__kind--${c.kind}`}>
                      {i18n.t(
                        c.kind === 'submitted' && !vocabulary.builtIn
                          ? 'changes.kind.done'
                          : `changes.kind.${c.kind}`,
                      )}
                    </span>{' '}
                    <span className="changes__from-to">
                      <StatusSwatch status={c.from} vocabulary={vocabulary} size={12} />{' '}
                      <StatusName status={c.from} vocabulary={vocabulary} />{' '}
                      <span aria-hidden="true">{i18n.dir === 'rtl' ? '←' : '→'}</span>
                      <span className="visually-hidden">{i18n.t('changes.to')}</span>{' '}
                      <StatusSwatch status={c.to} vocabulary={vocabulary} size={12} />{' '}
                      <StatusName status={c.to} vocabulary={vocabulary} />
                    </span>
                  </td>
                  <td className="changes__note">
                    <LongText text={c.record.note} />
                  </td>
                  <td className="changes__source">{c.record.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
