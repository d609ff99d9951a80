import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ParsedRecords } from '../domain/records';
import type { ContactDirectory } from '../domain/contacts';
import type { DataIssue, Product, RecordsSource, Region, Status } from '../domain/types';
import type { LoadFailure } from '../data/fetchFile';
import type { GeoFeatures } from '../geo/geoFeatures';
import type { Selection } from './url';

export type Load<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; failure: LoadFailure };

/**
 * What the app had to correct or fall back on, as data: the interface words each kind.
 * unknown*: a value in the URL that the data does not have (params.value, and params.fallback
 * where another is shown); badDate and futureAsOf: an as-of date that cannot be used; svgMap:
 * the interactive WebGL map is not available, so the SVG map stays.
 */
export type NoticeKind =
  | 'unknownProduct'
  | 'unknownRegion'
  | 'unknownCountry'
  | 'unknownView'
  | 'unknownLang'
  | 'badDate'
  | 'futureAsOf'
  | 'svgMap';

export interface NoticeData {
  kind: NoticeKind;
  params: Record<string, string>;
}

export type { RecordsSource };

export interface Notice extends NoticeData {
  id: number;
}

export type DataKey = 'products' | 'regions' | 'records' | 'boundaries' | 'contacts';

interface SelectionSlice {
  selection: Selection;
  /** Replace part of the selection (from a control). */
  select(patch: Partial<Selection>): void;
  /** Replace the whole selection (from the URL). */
  setSelection(selection: Selection): void;
}

interface DataSlice {
  products: Load<Product[]>;
  regions: Load<Region[]>;
  records: Load<ParsedRecords>;
  boundaries: Load<GeoFeatures>;
  /** Where the records come from: the site's records.csv, another URL, or a file opened here. */
  recordsSource: RecordsSource;
  /** Share of a large records file read so far (0–1), while reading. */
  recordsProgress?: number;
  setRecordsSource(source: RecordsSource): void;
  setRecordsProgress(fraction: number | undefined): void;
  /**
   * A records file opened from the computer that could not be read at all (an old .xls, a
   * password, a damaged file, an empty sheet): the records shown before stay, and this says why.
   */
  recordsRefused?: LoadFailure;
  setRecordsRefused(failure: LoadFailure | undefined): void;
  /** null when the optional contacts.csv is absent. */
  contacts: Load<{ contacts: ContactDirectory; issues: DataIssue[]; rows: number } | null>;
  setLoad<K extends DataKey>(key: K, load: DataSlice[K]): void;
}

interface UiSlice {
  /** A status whose countries the legend highlights on the map. */
  highlight?: Status;
  setHighlight(status: Status | undefined): void;
  notices: Notice[];
  notify(kind: NoticeKind, params?: Record<string, string>): void;
  dismiss(id: number): void;
}

export type AppState = SelectionSlice & DataSlice & UiSlice;

let noticeId = 0;

export const useAppStore = create<AppState>()((set) => ({
  selection: { view: 'overview' },
  select: (patch) => set((s) => ({ selection: { ...s.selection, ...patch } })),
  setSelection: (selection) => set({ selection }),

  products: { state: 'loading' },
  regions: { state: 'loading' },
  records: { state: 'loading' },
  boundaries: { state: 'loading' },
  contacts: { state: 'loading' },
  recordsSource: { kind: 'default' },
  recordsProgress: undefined,
  setRecordsSource: (recordsSource) => set({ recordsSource }),
  setRecordsProgress: (recordsProgress) => set({ recordsProgress }),
  recordsRefused: undefined,
  setRecordsRefused: (recordsRefused) => set({ recordsRefused }),
  setLoad: (key, load) => set({ [key]: load } as Partial<AppState>),

  highlight: undefined,
  setHighlight: (highlight) => set({ highlight }),
  notices: [],
  notify: (kind, params = {}) =>
    set((s) =>
      s.notices.some((n) => n.kind === kind && JSON.stringify(n.params) === JSON.stringify(params))
        ? s
        : { notices: [...s.notices, { id: ++noticeId, kind, params }] },
    ),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** The initial state, for tests. */
export const initialAppState = useAppStore.getState();

export const DATA_KEYS: readonly DataKey[] = ['products', 'regions', 'records', 'boundaries', 'contacts'];

/** How each data file stands: one subscription, re-rendering only when one of them changes. */
export function useLoads(): Pick<AppState, DataKey> {
  return useAppStore(
    useShallow((s) => ({
      products: s.products,
      regions: s.regions,
      records: s.records,
      boundaries: s.boundaries,
      contacts: s.contacts,
    })),
  );
}
