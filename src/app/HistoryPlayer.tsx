import { useEffect, useMemo, useRef, useState } from 'react';
import { hasHistory, playedDates } from '../domain/history';
import { ALL_PRODUCTS } from '../domain/products';
import type { IsoDate } from '../domain/types';
import { useI18n } from '../shared/i18n/useI18n';
import { useRecords } from '../state/derived';
import { useAppStore } from '../state/store';
import { useEffective } from './regions';

/** How long each date of a played history stays on screen. */
const STEP_MS = 900;

interface Play {
  /** The product played (ALL_PRODUCTS for every product). */
  of: string;
  steps: readonly IsoDate[];
  playing: boolean;
}

/**
 * Plays the history up to the date shown: the map, legend and headline step through each date a
 * record was made (month by month when there are many), then stop on the date they started
 * from. Pause, and a step back or forward (the buttons, or ← → in the group). The address
 * follows with one history entry, so the date shown when paused is the one a link gives.
 * `shortcut`: the P key plays and pauses wherever the focus is (present mode).
 */
export function HistoryPlayer({ shortcut = false }: { shortcut?: boolean }) {
  const i18n = useI18n();
  const records = useRecords();
  const select = useAppStore((s) => s.select);
  const { product, asOf, allProducts } = useEffective();
  const [play, setPlay] = useState<Play>();
  const productId = allProducts ? undefined : product?.id;
  const of = productId ?? ALL_PRODUCTS;
  // The step shown is the date shown: a date chosen some other way (the date field, back in the
  // browser), or another product, ends the play.
  const at = play && play.of === of ? play.steps.indexOf(asOf) : -1;
  const current = at >= 0 ? { ...play!, at } : undefined;
  const products = useMemo(() => (productId === undefined ? undefined : new Set([productId])), [productId]);

  const show = (steps: readonly IsoDate[], to: number, playing: boolean, replace: boolean) => {
    setPlay({ of, steps, playing });
    select({ asOf: steps[to] }, { replace });
  };
  const stepsTo = (end: IsoDate) => playedDates(records, end, products);

  const playing = current?.playing === true;
  const next = current && current.at < current.steps.length - 1 ? current.steps[current.at + 1] : undefined;
  useEffect(() => {
    if (!playing || next === undefined) return;
    const timer = setTimeout(() => {
      // The last step ends the play.
      setPlay((p) => p && { ...p, playing: p.steps[p.steps.length - 1] !== next });
      useAppStore.getState().select({ asOf: next }, { replace: true });
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, next]);

  const toggle = () => {
    if (current?.playing) return setPlay({ ...current, playing: false });
    if (current && next !== undefined) return setPlay({ ...current, playing: true });
    const steps = stepsTo(current ? current.steps[current.steps.length - 1]! : asOf);
    if (steps.length > 1) show(steps, 0, true, false);
  };
  // Without a play under way, the steps are worked out when asked for (every record is read);
  // whether there are any is quicker to tell.
  const playable = useMemo(() => hasHistory(records, asOf, products), [records, asOf, products]);
  const canBack = current ? current.at > 0 : playable;
  const canForward = next !== undefined;
  const step = (by: -1 | 1) => {
    const steps = current?.steps ?? stepsTo(asOf);
    const from = current?.at ?? steps.indexOf(asOf);
    const to = from + by;
    if (from < 0 || to < 0 || to >= steps.length) return;
    show(steps, to, false, current !== undefined);
  };
  const latestToggle = useRef(toggle);
  useEffect(() => {
    latestToggle.current = toggle;
  });
  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: KeyboardEvent) => {
      // By the key's place too: on a Cyrillic or Arabic layout the P key types another letter.
      if (e.key !== 'p' && e.key !== 'P' && e.code !== 'KeyP') return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if ((e.target as HTMLElement | null)?.closest('input, select, textarea')) return;
      e.preventDefault();
      latestToggle.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const rtl = i18n.dir === 'rtl';
  return (
    <div
      className="history-player"
      role="group"
      aria-label={i18n.t('history.group')}
      onKeyDown={(e) => {
        const key = rtl ? ({ ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' }[e.key] ?? e.key) : e.key;
        if (key !== 'ArrowLeft' && key !== 'ArrowRight') return;
        // The player's own: present mode's slide keys do not see it.
        e.preventDefault();
        e.stopPropagation();
        step(key === 'ArrowLeft' ? -1 : 1);
      }}
    >
      <button
        type="button"
        onClick={() => step(-1)}
        aria-disabled={!canBack || undefined}
        aria-label={i18n.t('history.back')}
      >
        <span aria-hidden="true">{rtl ? '▶▶' : '◀◀'}</span>
      </button>
      <button
        type="button"
        className="history-player__play"
        onClick={toggle}
        aria-disabled={(!current && !playable) || undefined}
        data-testid="history-play"
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {i18n.t(playing ? 'history.pause' : 'history.play')}
      </button>
      <button
        type="button"
        onClick={() => step(1)}
        aria-disabled={!canForward || undefined}
        aria-label={i18n.t('history.forward')}
      >
        <span aria-hidden="true">{rtl ? '◀◀' : '▶▶'}</span>
      </button>
      {current && (
        <span
          className="history-player__where"
          aria-live={playing ? 'off' : 'polite'}
          data-testid="history-step"
        >
          {i18n.t('history.step', {
            n: current.at + 1,
            total: current.steps.length,
            date: i18n.formatDate(asOf),
          })}
        </span>
      )}
    </div>
  );
}
