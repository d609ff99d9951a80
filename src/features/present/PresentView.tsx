import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { changesBetween, headline, type StatusChange } from '../../domain/changes';
import { mapStatusesOf, snapshotChanges, snapshotOf } from '../../domain/snapshot';
import { ALL_PRODUCTS, productTitle, unbroken } from '../../domain/products';
import type { RecordIndex } from '../../domain/status';
import { doneOf, expectedOf, notExpectedOf, vocabularyOf, type Vocabulary } from '../../domain/stages';
import type { IsoDate, Product, Region } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import type { FigureProps } from '../../shared/figure/Figure';
import { FigureExport } from '../../shared/figure/FigureExport';
import { StaticMap, useStaticOutlines } from '../../shared/figure/StaticMap';
import { useMapReadyMark } from '../../shared/performance';
import { useI18n } from '../../shared/i18n/useI18n';
import { LanguageSelect } from '../../shared/controls/Controls';
import type { Language } from '../../domain/languages';
import { StatusSwatch } from '../../shared/StatusSwatch';
import { StatusName } from '../../shared/StatusName';
import { statusColours } from '../../shared/palette';
import { useElementSize } from '../../shared/useElementSize';
import './present.css';

export interface PresentViewProps {
  products: readonly Product[];
  product: Product;
  region: Region;
  asOf: IsoDate;
  index: RecordIndex;
  geo?: GeoFeatures;
  /** The records have settled (loaded or failed): the map's colours are the real ones. */
  recordsSettled: boolean;
  figure(product: Product): FigureProps;
  fileName(product: Product): string;
  /** "5 maps past the deadline of …" for a product, when products.json sets a deadline that has passed. */
  overdue?(product: Product): string | undefined;
  /** Changes are shown since this date: each product gets a second slide, of its changes. */
  since?: IsoDate;
  /** The slide shown is the product's slide of changes. */
  changesSlide?: boolean;
  onSlide(productId: string, changes: boolean): void;
  onExit(): void;
  /**
   * Every product at a glance (the app's small maps): with several products, the first slide
   * shows it.
   */
  glance?: ReactNode;
  /** The slide shown is that of every product at a glance. */
  allSlide?: boolean;
  /** The figure downloads of every product at a glance, shown on its slide. */
  glanceExport?: ReactNode;
  /** Opens the handout of the region and date (a print layout). */
  onHandout?(): void;
  /** Plays the history up to the date shown (the app's player), in the slides' controls. */
  player?: ReactNode;
  /** Switches the interface language without leaving the slides. */
  onLanguage(lang: Language): void;
  /** What the app had to correct in the address (an unknown product, language…), from the app. */
  notices?: ReactNode;
}

interface Slide {
  product: Product;
  changes: boolean;
  /** Every product at a glance (`product` is then the first). */
  all?: boolean;
}

const MAP = { width: 1000, height: 620 };
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** Right to left, the next slide is to the left: the arrow keys swap. */
const MIRRORED: Record<string, string> = { ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight' };

/** Full-screen slides, one per product, driven by the keyboard or a presentation clicker. */
export function PresentView(props: PresentViewProps) {
  const {
    products,
    product,
    region,
    asOf,
    index,
    geo,
    recordsSettled,
    figure,
    fileName,
    onSlide,
    onExit,
    since,
  } = props;
  const i18n = useI18n();
  const rootRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [refused, setRefused] = useState(false);
  // Every product at a glance first, when there are several; then one slide per product, each
  // followed by the slide of its changes when there is a since date.
  const glance = products.length > 1 ? props.glance : undefined;
  const slides: Slide[] = [
    ...(glance && products[0] ? [{ product: products[0], changes: false, all: true }] : []),
    ...products.flatMap((p) =>
      since
        ? [
            { product: p, changes: false },
            { product: p, changes: true },
          ]
        : [{ product: p, changes: false }],
    ),
  ];
  const changesSlide = Boolean(since && props.changesSlide);
  const allSlide = Boolean(glance && props.allSlide);
  const shown = allSlide ? ALL_PRODUCTS : `${product.id}|${changesSlide}`;
  const position = Math.max(
    0,
    slides.findIndex((s) => (s.all ? ALL_PRODUCTS : `${s.product.id}|${s.changes}`) === shown),
  );
  const go = (at: number) =>
    onSlide(slides[at]!.all ? ALL_PRODUCTS : slides[at]!.product.id, slides[at]!.changes);
  const latest = useRef({ position, slides, go, onExit });
  useEffect(() => {
    latest.current = { position, slides, go, onExit };
  });

  // Keys: next, previous, first, last, and Esc to leave.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      // A list or a field keeps its own keys (the arrows choose a language); Esc still leaves.
      if (target?.closest('input, select, textarea') && e.key !== 'Escape') return;
      if (target?.closest('button, a') && e.key === ' ') return;
      const { position: at, slides: list, go: show, onExit: exit } = latest.current;
      const key = document.documentElement.dir === 'rtl' ? (MIRRORED[e.key] ?? e.key) : e.key;
      let next: number | undefined;
      if (NEXT.has(key) && !(e.key === ' ' && e.shiftKey)) next = Math.min(at + 1, list.length - 1);
      else if (PREVIOUS.has(key) || (e.key === ' ' && e.shiftKey)) next = Math.max(at - 1, 0);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = list.length - 1;
      else if (e.key === 'Escape') {
        e.preventDefault();
        exit();
        return;
      }
      if (next === undefined) return;
      e.preventDefault();
      if (next !== at) show(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Full screen when the browser allows it; the slides fill the window either way. Leaving
  // full screen (Esc in most browsers) leaves the presentation.
  useEffect(() => {
    const onChange = () => {
      const on = document.fullscreenElement !== null;
      setFullscreen(on);
      if (!on && wasFullscreen.current) latest.current.onExit();
      wasFullscreen.current = on;
    };
    const wasFullscreen = { current: false };
    document.addEventListener('fullscreenchange', onChange);
    const root = rootRef.current;
    if (root?.requestFullscreen && !document.fullscreenElement) {
      root.requestFullscreen().catch(() => setRefused(true));
    } else if (!root?.requestFullscreen) {
      setRefused(true);
    }
    rootRef.current?.focus();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // The map is drawn at the size of its box, so it fills the slide at any screen shape.
  // (The slide of every product has no map box: its size is looked for again after it.)
  const map = useElementSize(mapRef, allSlide) ?? MAP;
  const vocabulary = vocabularyOf(product);
  // The slide's picture, worked out once per product, region, date and records.
  const snapshot = useMemo(
    () => snapshotOf(index, product.id, region.members, asOf, vocabulary),
    [index, product.id, region.members, asOf, vocabulary],
  );
  const { counts } = snapshot;
  const mapStatuses = useMemo(() => geo && mapStatusesOf(snapshot, geo.byIso3.keys()), [geo, snapshot]);
  const changes = useMemo(
    () =>
      since && changesSlide
        ? {
            list: changesBetween(index, [product.id], region.members, since, asOf, () => vocabulary),
            ...snapshotChanges(snapshotOf(index, product.id, region.members, since, vocabulary), snapshot),
          }
        : undefined,
    [index, product, region, since, asOf, changesSlide, vocabulary, snapshot],
  );
  const delta = (status: string) => changes?.delta[status] ?? 0;
  // A region's outlines are projected once, in slices, then serve every slide of that region.
  const outlines = useStaticOutlines({ geo, fit: region.members, width: map.width, height: map.height });
  useMapReadyMark(outlines !== undefined && recordsSettled);
  // Countries nothing is expected from (Not applicable) are not in the "of N".
  const total = expectedOf(vocabulary, counts);
  const notExpected = notExpectedOf(vocabulary, counts);
  const version = productTitle(product);
  const overdue = props.overdue?.(product);
  return (
    <div
      ref={rootRef}
      className="present"
      tabIndex={-1}
      data-product={allSlide ? ALL_PRODUCTS : product.id}
      data-slide={allSlide ? 'all' : changes ? 'changes' : 'map'}
    >
      <header className="present__header">
        <h1 className="present__title">
          {allSlide
            ? i18n.t('allProducts.choice')
            : changes && since
              ? i18n.t('present.sinceTitle', { short: unbroken(version), date: i18n.formatDate(since) })
              : i18n.t(vocabulary.builtIn ? 'figure.title' : 'figure.titleOwn', {
                  name: i18n.text(product.name),
                  short: unbroken(version),
                })}
        </h1>
        <p className="present__subtitle">
          {i18n.t('figure.subtitle', { region: i18n.text(region.name), date: i18n.formatDate(asOf) })}
        </p>
      </header>
      <main
        className="present__body"
        aria-roledescription={i18n.t('present.roledescription')}
        aria-label={
          allSlide
            ? i18n.t('present.slideLabel', {
                n: position + 1,
                total: slides.length,
                product: i18n.t('allProducts.choice'),
              })
            : changes && since
              ? i18n.t('present.sinceSlideLabel', {
                  n: position + 1,
                  total: slides.length,
                  product: version,
                  date: i18n.formatDate(since),
                })
              : i18n.t('present.slideLabel', { n: position + 1, total: slides.length, product: version })
        }
      >
        {allSlide && glance ? (
          <div className="present__all">{glance}</div>
        ) : (
          <>
            <div className="present__map" ref={mapRef}>
              {geo ? (
                <svg
                  viewBox={`0 0 ${outlines?.width ?? map.width} ${outlines?.height ?? map.height}`}
                  role="img"
                  aria-label={version}
                  aria-busy={outlines ? undefined : true}
                >
                  {outlines && (
                    <StaticMap
                      outlines={outlines}
                      geo={geo}
                      statuses={mapStatuses!}
                      fit={region.members}
                      width={outlines.width}
                      height={outlines.height}
                      idPrefix={`slide-${product.id}`}
                      marked={changes?.marked}
                      colours={statusColours(vocabulary)}
                    />
                  )}
                </svg>
              ) : (
                <p>{i18n.t('error.noBoundaries')}</p>
              )}
            </div>
            <div className="present__stats">
              {changes && since ? (
                <ChangesHeadline
                  changes={changes.list}
                  since={since}
                  product={unbroken(version)}
                  vocabulary={vocabulary}
                />
              ) : (
                <p className="present__headline" data-testid="headline">
                  {i18n.progress(doneOf(vocabulary, counts), total, vocabulary, 'present.headline')}
                </p>
              )}
              {notExpected > 0 && (
                <p className="present__note" data-testid="not-applicable">
                  {i18n.t(vocabulary.builtIn ? 'present.notApplicable' : 'charts.notExpected', {
                    count: notExpected,
                  })}
                </p>
              )}
              {overdue && (
                <p className="present__note" data-testid="overdue">
                  {overdue}
                </p>
              )}
              <ul className="present__legend" aria-label={i18n.t('legend.title')}>
                {vocabulary.ids.map((status) => (
                  <li key={status} data-status={status}>
                    <StatusSwatch status={status} vocabulary={vocabulary} size={28} />
                    <span className="present__label">
                      <StatusName status={status} vocabulary={vocabulary} />
                    </span>
                    <span className="present__count">
                      {i18n.formatNumber(counts[status] ?? 0)}
                      {delta(status) !== 0 && (
                        <span className="present__change">
                          {' '}
                          {i18n.t('legend.change', { change: i18n.formatChange(delta(status)) })}
                        </span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          </>
        )}
      </main>
      <footer className="present__footer">
        {props.notices}
        <p className="present__disclaimer">{i18n.t('map.disclaimer')}</p>
        <div className="present__nav">
          <button type="button" onClick={() => go(Math.max(0, position - 1))} disabled={position === 0}>
            {i18n.t('present.previous')}
          </button>
          <span aria-live="polite">
            {position + 1} / {slides.length}
          </span>
          <button
            type="button"
            onClick={() => go(Math.min(slides.length - 1, position + 1))}
            disabled={position === slides.length - 1}
          >
            {i18n.t('present.next')}
          </button>
          {!fullscreen && (
            <button
              type="button"
              onClick={() => void rootRef.current?.requestFullscreen?.().catch(() => setRefused(true))}
            >
              {i18n.t('present.fullscreen')}
            </button>
          )}
          <button type="button" onClick={onExit}>
            {i18n.t('present.exit')}
          </button>
          {props.onHandout && (
            <button type="button" onClick={props.onHandout}>
              {i18n.t('handout.open')}
            </button>
          )}
          {props.player}
          {allSlide && props.glanceExport}
          {geo && !allSlide && (
            <FigureExport
              fileName={fileName(product)}
              figure={() => ({ kind: 'product', props: figure(product) })}
            />
          )}
          <LanguageSelect current={i18n.lang} onChange={props.onLanguage} />
        </div>
        {refused && !fullscreen && <p className="present__hint">{i18n.t('present.refused')}</p>}
      </footer>
    </div>
  );
}

/** "3 new submissions to GSOCseq since 9 March 2022", then who submitted, started, moved back. */
function ChangesHeadline({
  changes,
  since,
  product,
  vocabulary,
}: {
  changes: readonly StatusChange[];
  since: IsoDate;
  product: string;
  vocabulary: Vocabulary;
}) {
  const i18n = useI18n();
  const counts = headline(changes);
  const names = (kind: StatusChange['kind']) => [
    ...new Set(changes.filter((c) => c.kind === kind).map((c) => i18n.countryName(c.country))),
  ];
  return (
    <>
      <p className="present__headline present__headline--changes" data-testid="headline">
        {vocabulary.builtIn
          ? i18n.t('changes.headline', { count: counts.submitted, product, date: i18n.formatDate(since) })
          : i18n.t('changes.headlineWord', {
              count: counts.submitted,
              word: i18n.doneWord(vocabulary),
              product,
              date: i18n.formatDate(since),
            })}
      </p>
      <ul className="present__changes">
        {(['submitted', 'started', 'back'] as const)
          .filter((kind) => counts[kind] > 0)
          .map((kind) => (
            <li key={kind} data-kind={kind}>
              <span className="present__change-kind">
                {i18n.t(
                  kind === 'submitted' && !vocabulary.builtIn ? 'changes.kind.done' : `changes.kind.${kind}`,
                )}
              </span>{' '}
              {i18n.list(names(kind))}
            </li>
          ))}
      </ul>
    </>
  );
}
