import { useId, useState } from 'react';
import { TableHead } from '../../shared/TableHead';
import type { Vocabulary } from '../../domain/stages';
import type { Iso3 } from '../../domain/types';
import { StatusName } from '../../shared/StatusName';
import { useI18n } from '../../shared/i18n/useI18n';
import { StatusSwatch } from '../../shared/StatusSwatch';
import type { MapTableRow } from './overviewMap';
import { LongText } from '../../shared/LongText';
import { DisclosureButton } from '../../shared/controls/Controls';

/**
 * The map's text alternative, shown on request: a table of the region's countries with their
 * status; each name selects the country, as a click on the map does.
 */
export function MapTable({
  rows,
  vocabulary,
  caption,
  selected,
  onSelect,
}: {
  rows: readonly MapTableRow[];
  /** The product's statuses. */
  vocabulary: Vocabulary;
  caption: string;
  selected?: Iso3;
  onSelect(iso3: Iso3): void;
}) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="map-table">
      <DisclosureButton className="link-button" open={open} controls={id} onToggle={setOpen}>
        {i18n.t(open ? 'map.table.hide' : 'map.table.show')}
      </DisclosureButton>
      <div id={id} hidden={!open} className="map-table__wrap">
        {open && (
          <table className="map-table__table">
            <TableHead
              caption={caption}
              captionShown
              columns={[
                i18n.t('map.table.country'),
                i18n.t('map.table.status'),
                i18n.t('map.table.date'),
                i18n.t('map.table.note'),
              ]}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={row.iso3} data-iso3={row.iso3} aria-current={row.iso3 === selected || undefined}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(row.iso3)}>
                      {row.name}
                    </button>
                  </th>
                  <td>
                    <StatusSwatch status={row.status} vocabulary={vocabulary} size={12} />{' '}
                    <StatusName status={row.status} vocabulary={vocabulary} />
                    {row.draft && (
                      <>
                        {' '}
                        <span className="draft-mark">{i18n.t('drafts.mark')}</span>
                      </>
                    )}
                  </td>
                  <td>{row.date ? i18n.formatDate(row.date) : ''}</td>
                  <td>
                    <LongText text={row.note ?? ''} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
