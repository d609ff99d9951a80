import type { Product, StatusCounts } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { HatchDefs, StackedBar } from './StackedBar';

export interface StatusBarsProps {
  title: string;
  rows: { product: Product; counts: StatusCounts }[];
  current?: string;
  onSelect(productId: string): void;
}

const WIDTH = 300;
const BAR = 16;

/** One stacked bar per product: its status counts in the current region. */
export function StatusBars({ title, rows, current, onSelect }: StatusBarsProps) {
  const i18n = useI18n();
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <ul className="chart__rows">
        {rows.map(({ product, counts }) => {
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          const summary = i18n.t('charts.submittedOf', { submitted: counts.submitted, total });
          return (
            <li
              key={product.id}
              className="chart__row"
              data-product={product.id}
              aria-current={product.id === current}
            >
              <button type="button" className="chart__row-label" onClick={() => onSelect(product.id)}>
                {product.short}
              </button>
              <svg
                viewBox={`0 0 ${WIDTH} ${BAR}`}
                className="chart__bar"
                role="img"
                aria-label={`${product.short}: ${summary}`}
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
    </figure>
  );
}
