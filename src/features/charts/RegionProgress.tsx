import type { Region, StatusCounts } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { HatchDefs, StackedBar } from './StackedBar';

export interface RegionProgressProps {
  title: string;
  rows: { region: Region; counts: StatusCounts }[];
  hiddenNote?: string;
  current?: string;
  onSelect(regionId: string): void;
}

const WIDTH = 300;
const BAR = 12;

/** The current product's progress in each region that has records for it. */
export function RegionProgress({ title, rows, hiddenNote, current, onSelect }: RegionProgressProps) {
  const i18n = useI18n();
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <ul className="chart__rows">
        {rows.map(({ region, counts }) => {
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          const summary = i18n.t('charts.submittedOf', { submitted: counts.submitted, total });
          return (
            <li
              key={region.id}
              className="chart__row"
              data-region={region.id}
              aria-current={region.id === current}
            >
              <button type="button" className="chart__row-label" onClick={() => onSelect(region.id)}>
                {region.name}
              </button>
              <svg
                viewBox={`0 0 ${WIDTH} ${BAR}`}
                className="chart__bar"
                role="img"
                aria-label={`${region.name}: ${summary}`}
                preserveAspectRatio="none"
              >
                <HatchDefs />
                <StackedBar counts={counts} width={WIDTH} height={BAR} />
              </svg>
              <span className="chart__row-value">{summary}</span>
            </li>
          );
        })}
      </ul>
      {hiddenNote && <p className="chart__note">{hiddenNote}</p>}
    </figure>
  );
}
