import type { LocalText } from '../domain/languages';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { ParsedRecords, RecordsContext } from '../domain/records';
import type { Draft, DraftRefusal } from '../domain/drafts';
import { localToday } from '../domain/dates';
import { FILES } from '../data/loaders';
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
 * where another is shown); badDate and futureAsOf: an as-of date that cannot be used; badSince: a
 * since date that is not a date or is after today; svgMap: the interactive WebGL map is not
 * available, so the SVG map stays; draftsNotKept: the browser's storage cannot keep drafts
 * (unavailable or full); draftsUnreadable: the drafts kept could not be read; fileNotKept: the
 * browser cannot keep the records file opened for the next visit.
 */
export type NoticeKind =
  | 'unknownProduct'
  | 'unknownRegion'
  | 'unknownCountry'
  | 'unknownView'
  | 'unknownLang'
  | 'badDate'
  | 'futureAsOf'
  | 'badSince'
  | 'svgMap'
  | 'draftsNotKept'
  | 'draftsUnreadable'
  | 'fileNotKept';

export interface NoticeData {
  kind: NoticeKind;
  /** Values the message names; a name from the data (a region's) in every language it has. */
  params: Record<string, LocalText>;
}

export type { RecordsSource };

export interface Notice extends NoticeData {
  id: number;
}

export type DataKey = 'products' | 'regions' | 'records' | 'boundaries' | 'contacts';

interface SelectionSlice {
  selection: Selection;
  /**
   * Replace part of the selection (from a control). It adds an entry to the browser's history,
   * unless `replace` (a history being played: the address follows without an entry per step).
   */
  select(patch: Partial<Selection>, options?: { replace?: boolean }): void;
  /** The last change of selection replaces the history entry rather than adding one. */
  selectionReplaces?: boolean;
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
  /** Products of products.json left out, each with why (the others show). */
  productIssues: readonly DataIssue[];
  setProductIssues(issues: readonly DataIssue[]): void;
  /** null when the optional contacts.csv is absent. */
  contacts: Load<{ contacts: ContactDirectory; issues: DataIssue[]; rows: number } | null>;
  setLoad<K extends DataKey>(key: K, load: DataSlice[K]): void;
}

interface UiSlice {
  /** A status whose countries the legend highlights on the map. */
  highlight?: Status;
  setHighlight(status: Status | undefined): void;
  notices: Notice[];
  notify(kind: NoticeKind, params?: Record<string, LocalText>): void;
  dismiss(id: number): void;
}

interface DraftsSlice {
  /**
   * Changes recorded in this browser against the records shown (see domain/drafts), in the order
   * recorded; those the records file now refuses are kept, to be shown with their reasons.
   */
  drafts: readonly Draft[];
  /**
   * How drafts are checked (domain/drafts, with the records reader it checks them by): loaded
   * when there are drafts to check or a change to record, not with the page.
   */
  draftRules?: DraftRules;
  /** All the drafts at once: those kept for the records source, when it changes. */
  setDrafts(drafts: readonly Draft[]): void;
  /**
   * Adds a draft, or replaces the one with its id, if the validator of records files accepts it
   * with the records loaded and the other drafts; kept in the reader's terms (ids, codes).
   * Otherwise nothing changes, and the refusals are returned.
   */
  saveDraft(draft: Draft): DraftRefusal[];
  removeDraft(id: string): void;
  discardDrafts(): void;
}

export type AppState = SelectionSlice & DataSlice & UiSlice & DraftsSlice;

export type DraftRules = Pick<typeof import('../domain/drafts'), 'checkDrafts' | 'checkNewDraft' | 'draftOf'>;

let rulesOnTheirWay: Promise<DraftRules> | undefined;
/**
 * The draft rules, fetched once (their chunk holds the records reader), in the store. A fetch
 * that fails (an old tab after a new version went up) can be tried again.
 */
export async function loadDraftRules(): Promise<DraftRules> {
  rulesOnTheirWay ??= import('../domain/drafts').catch((error: unknown) => {
    rulesOnTheirWay = undefined;
    throw error;
  });
  const rules = await rulesOnTheirWay;
  if (!useAppStore.getState().draftRules) useAppStore.setState({ draftRules: rules });
  return rules;
}

/** The name records issues are reported under: the site's file, the address asked for, or the file opened. */
export function recordsFileName(source: RecordsSource): string {
  return source.kind === 'file' ? source.name : source.kind === 'url' ? source.url : FILES.records;
}

/** What the records were read with, to read drafts with the same (today on the user's calendar). */
export function recordsContext(
  s: Pick<AppState, 'products' | 'recordsSource'>,
  now = new Date(),
): RecordsContext {
  return {
    file: recordsFileName(s.recordsSource),
    products: s.products.state === 'ready' ? s.products.value : [],
    anyProduct: s.products.state !== 'ready',
    today: localToday(now),
  };
}

let noticeId = 0;

export const useAppStore = create<AppState>()((set, get) => ({
  selection: { view: 'overview' },
  select: (patch, options) =>
    set((s) => ({ selection: { ...s.selection, ...patch }, selectionReplaces: options?.replace === true })),
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
  productIssues: [],
  setProductIssues: (productIssues) => set({ productIssues }),
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

  drafts: [],
  setDrafts: (drafts) => set({ drafts }),
  saveDraft: (draft) => {
    const s = get();
    // The data view, where changes are recorded, brings the rules with it.
    const rules = s.draftRules;
    if (!rules) throw new Error('saveDraft: the draft rules are not loaded (see loadDraftRules)');
    const loaded = s.records.state === 'ready' ? s.records.value.records : [];
    const result = rules.checkNewDraft(loaded, s.drafts, draft, recordsContext(s));
    if ('refusals' in result) return result.refusals;
    const saved = { ...rules.draftOf(result.record, draft.id), ...(draft.file ? { file: draft.file } : {}) };
    const at = s.drafts.findIndex((d) => d.id === draft.id);
    set({ drafts: at === -1 ? [...s.drafts, saved] : s.drafts.map((d, i) => (i === at ? saved : d)) });
    return [];
  },
  removeDraft: (id) => set((s) => ({ drafts: s.drafts.filter((d) => d.id !== id) })),
  discardDrafts: () => set({ drafts: [] }),
}));

// Drafts to check bring their rules: asked for once on their own; after a failure, the data
// view (where drafts are recorded and reviewed) brings them.
let rulesAsked = false;
useAppStore.subscribe((s) => {
  if (s.drafts.length === 0 || s.draftRules || rulesAsked) return;
  rulesAsked = true;
  loadDraftRules().catch((error: unknown) => console.warn('drafts: their rules could not be loaded:', error));
});

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
