import { STATUSES, type IsoDate, type Status, type StatusCounts } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { StatusSwatch } from '../../shared/StatusSwatch';
import './legend.css';

export interface LegendProps {
  counts: StatusCounts;
  heading: string;
  /** 2 in the overview; 1 where the legend's heading is the page's (the embedded map). */
  headingLevel?: 1 | 2;
  /** The state in one sentence, announced to screen readers when it changes (see statusSummary). */
  summary: string;
  /** e.g. "5 maps past the deadline of 31 March 2022"; only where products.json sets a deadline. */
  overdue?: string;
  /** Statuses always listed even at zero; others are listed when they have countries. */
  onHighlight(status: Status | undefined): void;
  highlight?: Status;
  /** Since a date: the change of each count in brackets, and how many countries changed. */
  changes?: { delta: StatusCounts; since: IsoDate; changed: number; onClear(): void };
}

/** One item per status: "<label> <count>"; hovering or focusing an item highlights its countries. */
export function Legend({
  counts,
  heading,
  headingLevel = 2,
  summary,
  overdue,
  onHighlight,
  highlight,
  changes,
}: LegendProps) {
  const i18n = useI18n();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const total = STATUSES.reduce((n, s) => n + counts[s], 0);
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <Heading id="legend-heading" className="legend__heading">
        {heading}
      </Heading>
      <ul className="legend__list" aria-label={i18n.t('legend.title')}>
        {STATUSES.map((status) => (
          <li key={status}>
            <button
              type="button"
              className="legend__item"
              data-status={status}
              aria-pressed={highlight === status}
              onMouseEnter={() => onHighlight(status)}
              onMouseLeave={() => onHighlight(undefined)}
              onFocus={() => onHighlight(status)}
              onBlur={() => onHighlight(undefined)}
            >
              <StatusSwatch status={status} />
              <span className="legend__label">{i18n.status(status)}</span>{' '}
              <span className="legend__count">{i18n.formatNumber(counts[status])}</span>
              {changes && changes.delta[status] !== 0 && (
                <span className="legend__change" data-change={changes.delta[status]}>
                  {' '}
                  {i18n.t('legend.change', { change: i18n.formatChange(changes.delta[status]) })}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
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
