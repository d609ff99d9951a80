import { useMemo } from 'react';
import { localToday } from '../domain/dates';
import { FILES, sourcesOf } from '../data/loaders';
import type { ParsedRecords } from '../domain/records';
import {
  checkDrafts,
  checkNewDraft,
  draftOf,
  holderOf,
  publishedIn,
  recordsFileWithDrafts,
  type Draft,
} from '../domain/drafts';
import { fileWithDrafts } from '../domain/fileWithDrafts';
import { countIssues } from '../domain/issues';
import { DataView, type FileStatus } from '../features/data-view/DataView';
import { DraftsPanel } from '../features/data-view/DraftsPanel';
import { CountrySearch } from '../features/search/CountrySearch';
import { download } from '../shared/download';
import { useI18n } from '../shared/i18n/useI18n';
import { DRAFTS_KEY, draftsKey, draftsKeptElsewhere } from '../state/draftStorage';
import { useDraftCheck, useProducts } from '../state/derived';
import { recordsFileName, useAppStore, useLoads, type DataKey } from '../state/store';
import { reload, restoreSiteRecords } from './loadData';
import { openRecordsFile } from './openRecords';
import { useEffective, useRegions } from './regions';
import { useSearchableCountries } from './searchable';

// Changes are recorded here: the store checks them with these rules (see loadDraftRules).
if (!useAppStore.getState().draftRules)
  useAppStore.setState({ draftRules: { checkDrafts, checkNewDraft, draftOf } });

/** The data shown as one .zip; its writer is fetched only now. */
async function downloadData(
  data: Omit<Parameters<typeof import('../data/dataZip').dataZip>[0], 'today' | 'address'>,
) {
  try {
    const { dataZip } = await import('../data/dataZip');
    const address = `${window.location.origin}${window.location.pathname}`;
    const zip = dataZip({ ...data, today: localToday(), address });
    download(
      new Blob([zip as BlobPart], { type: 'application/zip' }),
      `gsp-map-submissions-${localToday()}.zip`,
    );
  } catch (error) {
    console.error('the data could not be zipped:', error);
  }
}

export default function DataContainer() {
  const loads = useLoads();
  const recordsSource = useAppStore((s) => s.recordsSource);
  const recordsProgress = useAppStore((s) => s.recordsProgress);
  const recordsRefused = useAppStore((s) => s.recordsRefused);
  const productIssues = useAppStore((s) => s.productIssues);
  const products = useProducts();
  const regions = useRegions();

  const records = loads.records.state === 'ready' ? loads.records.value : undefined;
  const sources = sourcesOf(records);
  const contacts = loads.contacts.state === 'ready' ? loads.contacts.value : undefined;
  const recordsFile = recordsFileName(recordsSource);
  const status = (key: DataKey, file: string): FileStatus => {
    const load = loads[key];
    if (load.state === 'error') return { file, state: 'error', failure: load.failure };
    if (load.state === 'loading') return { file, state: 'loading' };
    if (key === 'contacts' && contacts === null) return { file, state: 'absent' };
    if (key === 'products') return { file, state: 'ready', ...countIssues(productIssues) };
    if (key === 'contacts' && contacts)
      return { file, state: 'ready', rows: contacts.rows, ...countIssues(contacts.issues) };
    if (key === 'records' && records) {
      return {
        file,
        state: 'ready',
        rows: records.rows,
        ...countIssues(records.issues),
        copyOf: records.copyOf,
      };
    }
    return { file, state: 'ready' };
  };
  const files: [DataKey, string][] = [
    ['products', FILES.products],
    ['regions', FILES.regions],
    ['records', recordsFile],
    ['boundaries', FILES.boundaries],
    ['contacts', FILES.contacts],
  ];
  return (
    <DataView
      files={files.flatMap(([key, file]) => [
        // The records of several sources (site.json): a row for each, with its own counts.
        ...(key === 'records' && sources
          ? sources.map((source): FileStatus => {
              if (source.failure) return { file: source.file, state: 'error', failure: source.failure };
              return {
                file: source.file,
                state: 'ready',
                rows: source.rows,
                ...countIssues(records!.issues.filter((i) => i.file === source.file)),
                latest: source.latest,
                lastModified: source.lastModified,
                copyOf: source.copyOf,
              };
            })
          : [status(key, file)]),
        // A file that could not be read is listed after the records that stay.
        ...(key === 'records' && recordsRefused
          ? [{ file: recordsRefused.file, state: 'refused' as const, failure: recordsRefused }]
          : []),
      ])}
      records={records}
      otherIssues={[...productIssues, ...(contacts?.issues ?? [])]}
      recordsSource={recordsSource}
      progress={recordsProgress}
      onOpenFile={(file) => void openRecordsFile(file)}
      onSiteRecords={() => void restoreSiteRecords()}
      onRetry={(file) => {
        // A records source of site.json is reloaded with the records.
        const entry = files.find(([, f]) => f === file);
        void reload(entry ? entry[0] : 'records');
      }}
      drafts={<Drafts recordsFile={recordsFile} records={records} />}
      products={products}
      onDownloadData={
        records
          ? () =>
              void downloadData({
                records: records.records,
                products,
                regions,
                contacts: contacts?.contacts,
              })
          : undefined
      }
    />
  );
}

/** The name a records file downloads under: its own, without a folder or query ("eurosoil.csv"). */
export function downloadName(file: string): string {
  const name = file.split(/[?#]/)[0]!.split('/').filter(Boolean).pop() ?? '';
  return /\.csv$/i.test(name) ? name : /\.xls[xmb]?$/i.test(name) || !name ? 'records.csv' : `${name}.csv`;
}

/** A records file drafts can be published in: its name, its text when it is text, its records. */
interface DraftTarget {
  file: string;
  text?: string;
  records: readonly { product: string; country: string }[];
  /** It could not be read: drafts that go into it wait until it can. */
  failed?: boolean;
}

/** "Record a change": the store's drafts, checked against the records, with the app's country search. */
function Drafts({ recordsFile, records }: { recordsFile: string; records: ParsedRecords | undefined }) {
  const i18n = useI18n();
  const products = useProducts();
  const { product } = useEffective();
  const countries = useSearchableCountries();
  const drafts = useAppStore((s) => s.drafts);
  const recordsSource = useAppStore((s) => s.recordsSource);
  const saveDraft = useAppStore((s) => s.saveDraft);
  const removeDraft = useAppStore((s) => s.removeDraft);
  const discardDrafts = useAppStore((s) => s.discardDrafts);
  const check = useDraftCheck();
  // The files drafts go into: each records source site.json lists (one that could not be read
  // keeps the drafts chosen for it), or the one records file.
  const targets = useMemo((): DraftTarget[] => {
    const sources = sourcesOf(records);
    if (sources) return sources.map((s) => ({ ...s, failed: s.failure !== undefined }));
    return [{ file: recordsFile, text: records?.text, records: records?.records ?? [] }];
  }, [records, recordsFile]);
  const targetOf = (d: Draft) => publishedIn(d, check?.accepted.get(d.id) ?? d, targets);
  const several = targets.length > 1;
  const downloads = several
    ? targets
        .map((t) => ({
          file: t.file,
          count: drafts.filter((d) => check?.accepted.has(d.id) && targetOf(d) === t.file).length,
          unavailable: t.failed,
        }))
        .filter((t) => t.count > 0)
    : [{ file: downloadName(recordsFile), count: check?.accepted.size ?? 0 }];
  // Read again when the drafts change: the storage may hold drafts of other records.
  const keptElsewhere = useMemo(() => {
    void drafts;
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }
    return draftsKeptElsewhere(storage, draftsKey(recordsSource)).map(({ key, count }) => {
      const which = key.slice(DRAFTS_KEY.length);
      return {
        name: which === 'site' ? i18n.t('drafts.siteRecords') : which.replace(/^(url|file):/, ''),
        count,
      };
    });
  }, [drafts, recordsSource, i18n]);

  return (
    <DraftsPanel
      products={products}
      defaultProduct={product?.id}
      today={localToday()}
      drafts={drafts}
      check={check}
      recordsFile={recordsFile}
      keptElsewhere={keptElsewhere}
      countryField={(field) => (
        <CountrySearch
          countries={countries}
          label={field.label}
          placeholder={field.placeholder}
          inputId={field.inputId}
          describedBy={field.describedBy}
          invalid={field.invalid}
          initialQuery={field.initialQuery}
          onPick={field.onChange}
          onQuery={field.onChange}
        />
      )}
      onSave={saveDraft}
      onRemove={removeDraft}
      onDiscardAll={discardDrafts}
      files={
        several
          ? {
              list: targets.map((t) => t.file),
              defaultFor: (p, country) => {
                const record = { product: p, country: country.toUpperCase() };
                const file = publishedIn({}, record, targets);
                return file === undefined
                  ? undefined
                  : { file, holds: holderOf(record, targets)?.file === file };
              },
              of: targetOf,
            }
          : undefined
      }
      downloads={downloads}
      onDownload={(file) => {
        if (!check) return;
        const target = several ? targets.find((t) => t.file === file) : targets[0];
        if (!target || target.failed) return;
        // The file as it is, with the drafts that go into it added; a workbook is written anew as CSV.
        const added = drafts.flatMap((d) => {
          const record = check.accepted.get(d.id);
          return record && (!several || targetOf(d) === target.file) ? [record] : [];
        });
        const text =
          target.text !== undefined
            ? fileWithDrafts(target.text, added, products)
            : recordsFileWithDrafts(check.records, products);
        download(new Blob([text], { type: 'text/csv;charset=utf-8' }), downloadName(target.file));
      }}
    />
  );
}
