import type { ReactNode } from 'react';

/**
 * A data table's caption and column headers, as every table of the dashboard writes them: the
 * caption names the table (for a screen reader only when the page already shows its title), and
 * each header is scoped to its column. A column given as `false` is left out.
 */
export function TableHead({
  caption,
  captionShown = false,
  columns,
}: {
  caption?: ReactNode;
  captionShown?: boolean;
  columns: readonly (ReactNode | false)[];
}) {
  return (
    <>
      {caption !== undefined && (
        <caption className={captionShown ? undefined : 'visually-hidden'}>{caption}</caption>
      )}
      <thead>
        <tr>
          {columns.map(
            (column, i) =>
              column !== false && (
                <th key={i} scope="col">
                  {column}
                </th>
              ),
          )}
        </tr>
      </thead>
    </>
  );
}
