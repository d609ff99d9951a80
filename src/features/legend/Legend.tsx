import { doneOf, expectedOf, totalOf, type Vocabulary } from '../../domain/stages';
import type { IsoDate, Status, StatusCounts } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { StatusName } from '../../shared/StatusName';
import { StatusSwatch } from '../../shared/StatusSwatch';
import './legend.css';

export interface LegendProps {
  counts: StatusCounts;
  /** The product's statuses: the items, their order, colours and words. */
  vocabulary: Vocabulary;
  heading: string;
  /** 2 in the overview; 1 where the legend's heading is the page's (the embedded map). */
  headingLevel?: 1 | 2;
  /** The state in one sentence, announced to screen readers when it changes (see statusSummary). */
  summary: string;
  /** e.g. "5 maps past the deadline of 31 March 2022"; only where products.json sets a deadline. */
  overdue?: string;
  /** Called with the status whose item is hovered or focused; undefined when it is left. */
  onHighlight(status: Status | undefined): void;
  /** The status kept (its item pressed): only its countries are shown in full. */
  filter?: Status;
  /**
   * Keeps a status, or shows every status again (undefined). Without it the items only
   * highlight.
   */
  onFilter?(status: Status | undefined): void;
  /** Since a date: the change of each count in brackets, and how many countries changed. */
  changes?: { delta: StatusCounts; since: IsoDate; changed: number; onClear(): void };
}

/**
 * One item per status of the product: "<label> <count>"; hovering or focusing an item highlights
 * its countries, and choosing one keeps only them (again, or Escape, shows every status; a status
 * no country has cannot be chosen). Then the product's progress ("7 of 21 submitted") and the
 * region's total.
 */
export function Legend({
  counts,
  vocabulary,
  heading,
  headingLevel = 2,
  summary,
  overdue,
  onHighlight,
  filter,
  onFilter,
  changes,
}: LegendProps) {
  const i18n = useI18n();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const total = totalOf(vocabulary, counts);
  const count = (status: Status) => counts[status] ?? 0;
  const delta = (status: Status) => changes?.delta[status] ?? 0;
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <Heading id="legend-heading" className="legend__heading">
        {heading}
      </Heading>
      <ul
        className="legend__list"
        aria-label={i18n.t('legend.title')}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || filter === undefined || !onFilter) return;
          e.stopPropagation();
          onFilter(undefined);
        }}
      >
        {vocabulary.ids.map((status) => (
          <li key={status}>
            <button
              type="button"
              className="legend__item"
              data-status={status}
              aria-pressed={onFilter ? filter === status : undefined}
              aria-disabled={onFilter && count(status) === 0 ? true : undefined}
              onClick={() => {
                if (onFilter && count(status) > 0) onFilter(filter === status ? undefined : status);
              }}
              onMouseEnter={() => onHighlight(status)}
              onMouseLeave={() => onHighlight(undefined)}
              onFocus={() => onHighlight(status)}
              onBlur={() => onHighlight(undefined)}
            >
              <StatusSwatch status={status} vocabulary={vocabulary} />
              <span className="legend__label">
                <StatusName status={status} vocabulary={vocabulary} />
              </span>{' '}
              <span className="legend__count">{i18n.formatNumber(count(status))}</span>
              {changes && delta(status) !== 0 && (
                <span className="legend__change" data-change={delta(status)}>
                  {' '}
                  {i18n.t('legend.change', { change: i18n.formatChange(delta(status)) })}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {onFilter && (
        <p className="legend__filter" role="status" data-testid="legend-filter">
          {filter !== undefined && (
            <>
              {i18n.t('legend.filtered', {
                status: i18n.statusIn(filter, vocabulary).text,
                count: count(filter),
              })}{' '}
              <button type="button" className="link-button" onClick={() => onFilter(undefined)}>
                {i18n.t('legend.filterClear')}
              </button>
            </>
          )}
        </p>
      )}
      <p className="legend__progress" data-testid="legend-progress">
        {i18n.progress(doneOf(vocabulary, counts), expectedOf(vocabulary, counts), vocabulary)}
      </p>
      <p className="legend__total">{i18n.t('legend.total', { count: total })}</p>
      {changes && (
        <p className="legend__since" data-testid="legend-since">
          {i18n.t('legend.since', { date: i18n.formatDate(changes.since), count: changes.changed })}{' '}
          <button type="button" className="link-button" onClick={changes.onClear}>
            {i18n.t('legend.sinceClear')}
          </button>
        </p>
      )}
      {overdue && (
        <p className="legend__overdue" data-testid="overdue">
          {overdue}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-summary">
        {summary}
      </p>
    </section>
  );
}
