import type { Bounds } from '../../domain/bounds';
import type { Snapshot } from '../../domain/snapshot';
import type { Vocabulary } from '../../domain/stages';
import { statusAsOf, type RecordIndex } from '../../domain/status';
import type { Iso3, IsoDate, Status } from '../../domain/types';
import { boundsOf, type GeoFeatures } from '../../geo/geoFeatures';
import type { I18n } from '../../shared/i18n';
import type { TooltipContent } from './MapTooltip';
import { textStart } from '../../domain/recordFields';

/** How many characters of a note a tooltip shows. */
const TOOLTIP_NOTE = 120;
/**
 * Where the overview map looks: at the picked country when it is on the map, else at the
 * region's members. The key changes only when the target does, so the map moves only then.
 */
export function mapFocus(
  geo: GeoFeatures,
  members: readonly Iso3[],
  regionId: string,
  country: Iso3 | undefined,
): { key: string; bounds: Bounds } | undefined {
  const onMap = country !== undefined && geo.byIso3.has(country);
  const bounds = boundsOf(geo, onMap ? [country] : members);
  if (!bounds) return undefined;
  return { key: onMap ? `country:${country}` : `region:${regionId}`, bounds };
}

/**
 * A country's tooltip: its name and status for the product as of the date; inside the region
 * also the date and note of the record behind it, outside only that it is outside.
 */
export function describeCountry(
  i18n: I18n,
  iso3: Iso3,
  at: {
    index: RecordIndex;
    product: string;
    vocabulary: Vocabulary;
    members: readonly Iso3[];
    asOf: IsoDate;
    /** The members' statuses already worked out, when the caller has them. */
    snapshot?: Snapshot;
  },
): TooltipContent {
  const name = i18n.countryName(iso3);
  const { status, record } =
    at.snapshot?.byCountry.get(iso3) ?? statusAsOf(at.index, at.product, iso3, at.asOf);
  const draft = record?.draft ? { draft: i18n.t('drafts.mark') } : {};
  if (!at.members.includes(iso3))
    return { name, status: `${i18n.t('status.outside')} · ${i18n.status(status, at.vocabulary)}`, ...draft };
  const detail = record
    ? // A tooltip is a glance: a long note is cut short there (the panel has it all).
      [i18n.formatDate(record.date), textStart(record.note, TOOLTIP_NOTE)].filter(Boolean).join(' · ')
    : i18n.t('map.tooltipNoRecord');
  return { name, status: i18n.status(status, at.vocabulary), detail, ...draft };
}

export interface MapTableRow {
  iso3: Iso3;
  name: string;
  status: Status;
  date?: IsoDate;
  note?: string;
  /** The status comes from a draft recorded in this browser, not published. */
  draft: boolean;
}

/**
 * The map as a table, its text alternative: each member of the region with its status for the
 * product as of the date, and the date and note of the record behind it; by name.
 */
export function mapTableRows(
  i18n: I18n,
  at: {
    index: RecordIndex;
    product: string;
    members: readonly Iso3[];
    asOf: IsoDate;
    /** The members' statuses already worked out, when the caller has them. */
    snapshot?: Snapshot;
  },
): MapTableRow[] {
  const collator = new Intl.Collator(i18n.lang);
  return at.members
    .map((iso3) => {
      const { status, record } =
        at.snapshot?.byCountry.get(iso3) ?? statusAsOf(at.index, at.product, iso3, at.asOf);
      return {
        iso3,
        name: i18n.countryName(iso3),
        status,
        date: record?.date,
        note: record?.note || undefined,
        draft: record?.draft !== undefined,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
