import { useEffect, useMemo, useRef, useState } from 'react';
import { hasHistory, playedDates } from '../domain/history';
import type { IsoDate } from '../domain/types';
import { useI18n } from '../shared/i18n/useI18n';
import { useRecords } from '../state/derived';
import { useAppStore } from '../state/store';
import { useEffective } from './regions';

/** How long each date of a played history stays on screen. */
const STEP_MS = 900;

interface Play {
  steps: readonly IsoDate[];
  at: number;
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
  // A date chosen some other way (the date field, back in the browser) ends the play.
  const current = play && play.steps[play.at] === asOf ? play : undefined;
  const productId = allProducts ? undefined : product?.id;

  const show = (steps: readonly IsoDate[], at: number, playing: boolean, replace: boolean) => {
    setPlay({ steps, at, playing });
    select({ asOf: steps[at] }, { replace });
  };
  const stepsTo = (end: IsoDate) =>
    playedDates(records, end, productId === undefined ? undefined : new Set([productId]));

  useEffect(() => {
    if (!current?.playing) return;
    const timer = setTimeout(() => {
      const at = current.at + 1;
      setPlay({ ...current, at, playing: at < current.steps.length - 1 });
      useAppStore.getState().select({ asOf: current.steps[at] }, { replace: true });
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [current]);

  const toggle = () => {
    if (current?.playing) return setPlay({ ...current, playing: false });
    if (current && current.at < current.steps.length - 1) return setPlay({ ...current, playing: true });
    const steps = stepsTo(current ? current.steps[current.steps.length - 1]! : asOf);
    if (steps.length > 1) show(steps, 0, true, false);
  };
  // Without a play under way, the steps are worked out when asked for (every record is read);
  // whether there are any is quicker to tell.
  const playable = useMemo(
    () => hasHistory(records, asOf, productId === undefined ? undefined : new Set([productId])),
    [records, asOf, productId],
  );
  const step = (by: -1 | 1) => {
    const steps = current?.steps ?? stepsTo(asOf);
    const at = current?.at ?? steps.indexOf(asOf);
    const to = at + by;
    if (at < 0 || to < 0 || to >= steps.length) return;
    show(steps, to, false, current !== undefined);
  };
  const latestToggle = useRef(toggle);
  useEffect(() => {
    latestToggle.current = toggle;
  });
  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' && e.key !== 'P') return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if ((e.target as HTMLElement | null)?.closest('input, select, textarea')) return;
      e.preventDefault();
      latestToggle.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  const playing = current?.playing === true;
  const rtl = i18n.dir === 'rtl';
  return (
    <div
      className="history-player"
      role="group"
      aria-label={i18n.t('history.group')}
      onKeyDown={(e) => {
        const key = rtl ? ({ ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' }[e.key] ?? e.key) : e.key;
        if (key !== 'ArrowLeft' && key !== 'ArrowRight') return;
        e.preventDefault();
        step(key === 'ArrowLeft' ? -1 : 1);
      }}
    >
      <button
        type="button"
        onClick={() => step(-1)}
        disabled={current ? current.at <= 0 : !playable}
        aria-label={i18n.t('history.back')}
      >
        <span aria-hidden="true">{rtl ? '▶▶' : '◀◀'}</span>
      </button>
      <button
        type="button"
        className="history-player__play"
        onClick={toggle}
        disabled={!current && !playable}
        aria-pressed={playing}
        data-testid="history-play"
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        {i18n.t(playing ? 'history.pause' : 'history.play')}
      </button>
      <button
        type="button"
        onClick={() => step(1)}
        disabled={!current || current.at >= current.steps.length - 1}
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
