import { vocabularyOf } from '../../domain/stages';
import { TableHead } from '../../shared/TableHead';
import type { Product } from '../../domain/types';
import { useI18n } from '../../shared/i18n/useI18n';
import { StatusName } from '../../shared/StatusName';
import { StatusSwatch } from '../../shared/StatusSwatch';

/**
 * What the status column of records takes, product by product: the word to write, what the
 * dashboard shows and what it means for the maps owed (see products.json `statuses`).
 */
export function StatusesTable({ products }: { products: readonly Product[] }) {
  const i18n = useI18n();
  if (products.length === 0) return null;
  return (
    <details className="data-view__statuses">
      <summary>{i18n.t('data.statuses.title')}</summary>
      <table>
        <TableHead
          caption={i18n.t('data.statuses.title')}
          columns={[
            i18n.t('outstanding.product'),
            i18n.t('data.statuses.written'),
            i18n.t('data.statuses.shown'),
            i18n.t('data.statuses.stage'),
          ]}
        />
        <tbody>
          {products.flatMap((product) => {
            const vocabulary = vocabularyOf(product);
            return vocabulary.statuses.map((s, i) => (
              <tr key={`${product.id}-${s.id}`} data-product={product.id} data-status={s.id}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={vocabulary.statuses.length}>
                    {product.short}
                  </th>
                )}
                <td>
                  <code>{s.id}</code>
                </td>
                <td>
                  <StatusSwatch status={s.id} vocabulary={vocabulary} size={12} />{' '}
                  <StatusName status={s.id} vocabulary={vocabulary} />
                </td>
                <td>{i18n.t(`stage.${s.stage}`)}</td>
              </tr>
            ));
          })}
        </tbody>
      </table>
      <p className="data-view__hint">{i18n.t('data.statuses.hint')}</p>
    </details>
  );
}
