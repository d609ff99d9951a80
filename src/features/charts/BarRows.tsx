import type { StatusCounts } from '../../domain/types';
import { doneOf, expectedOf, notExpectedOf, type Vocabulary } from '../../domain/stages';
import type { I18n } from '../../shared/i18n';
import { useI18n } from '../../shared/i18n/useI18n';
import { StackedBar } from './StackedBar';

export interface BarRow {
  id: string;
  label: string;
  counts: StatusCounts;
  /** The statuses of the row's product. */
  vocabulary: Vocabulary;
}

export interface BarRowsProps {
  title: string;
  rows: BarRow[];
  /** The row shown as current (the selected product or region). */
  current?: string;
  /** Rows carry `data-<kind>` with their id, e.g. data-product. */
  kind: 'product' | 'region';
  barHeight: number;
  note?: string;
  onSelect(id: string): void;
}

const WIDTH = 300;

/** A list as i18n.list writes it, in pieces: each item, and the language's words between them. */
function listed(i18n: I18n, items: readonly string[]): { text: string; item: boolean }[] {
  const marks = items.map((_, i) => String.fromCharCode(0xe000 + i));
  return i18n
    .list(marks)
    .split(/([\ue000-\uf8ff])/u)
    .filter(Boolean)
    .map((piece) => {
      const at = marks.indexOf(piece);
      return at < 0 ? { text: piece, item: false } : { text: items[at]!, item: true };
    });
}

/** Stacked status bars, one row each, with "n of N submitted" in the product's words; a row's label selects it. */
export function BarRows({ title, rows, current, kind, barHeight, note, onSelect }: BarRowsProps) {
  const i18n = useI18n();
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <ul className="chart__rows">
        {rows.map(({ id, label, counts, vocabulary }) => {
          // Countries nothing is expected from (Not applicable) are not in the "of N".
          const total = expectedOf(vocabulary, counts);
          const none = notExpectedOf(vocabulary, counts);
          const parts = [
            i18n.progress(doneOf(vocabulary, counts), total, vocabulary),
            none
              ? i18n.t(vocabulary.builtIn ? 'charts.notApplicable' : 'charts.notExpected', { count: none })
              : '',
          ].filter(Boolean);
          const summary = i18n.list(parts);
          return (
            <li key={id} className="chart__row" {...{ [`data-${kind}`]: id }} aria-current={id === current}>
              <button type="button" className="link-button chart__row-label" onClick={() => onSelect(id)}>
                {label}
              </button>
              <svg
                viewBox={`0 0 ${WIDTH} ${barHeight}`}
                className="chart__bar"
                role="img"
                aria-label={i18n.labelled(label, summary)}
                preserveAspectRatio="none"
              >
                <StackedBar counts={counts} vocabulary={vocabulary} width={WIDTH} height={barHeight} />
              </svg>
              <span className="chart__row-value">
                {/* "7 of 21 submitted" on one line; a long note wraps after it. */}
                {listed(i18n, parts).map((piece, i) =>
                  piece.item && piece.text === parts[0] ? (
                    <span key={i} className="chart__row-part">
                      {piece.text}
                    </span>
                  ) : (
                    piece.text
                  ),
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {note && <p className="chart__note">{note}</p>}
    </figure>
  );
}
