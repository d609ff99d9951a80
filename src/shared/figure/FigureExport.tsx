import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { download } from '../download';
import type { IsoDate } from '../../domain/types';
import type { FigureSpec } from './exportFigure';

/**
 * The history of a figure, to download as an animated GIF: whether it has two dates or more,
 * its dates (worked out when asked for) and the figure as of each.
 */
export interface FigureHistory {
  available: boolean;
  dates(): readonly IsoDate[];
  figure(asOf: IsoDate): FigureSpec;
}

/**
 * "Download SVG" and "Download PNG" (2× for print) of the figure described; with a history of
 * two dates or more, "Download the history as GIF" too (the encoder loads only then).
 */
export function FigureExport({
  figure,
  fileName,
  history,
}: {
  figure: () => FigureSpec;
  fileName: string;
  history?: FigureHistory;
}) {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [frames, setFrames] = useState<string>();
  const gif = async (h: FigureHistory) => {
    setBusy(true);
    setError(undefined);
    try {
      const { historyGif } = await import('./exportFigure');
      const dates = h.dates();
      const total = dates.length;
      const blob = await historyGif(
        dates.map((date) => ({ spec: () => h.figure(date), date: i18n.formatDate(date) })),
        i18n.dir,
        (done) => setFrames(i18n.t('figure.gifProgress', { done, total })),
      );
      download(blob, `${fileName}-history.gif`);
    } catch (e) {
      setError(i18n.t('figure.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
      setFrames(undefined);
    }
  };
  const run = async (kind: 'svg' | 'png') => {
    setBusy(true);
    setError(undefined);
    try {
      // The figure renderer loads with the first export, not with the page.
      const { figurePng, figureSvg } = await import('./exportFigure');
      const blob =
        kind === 'svg'
          ? new Blob([figureSvg(figure())], { type: 'image/svg+xml;charset=utf-8' })
          : await figurePng(figure(), 2);
      download(blob, `${fileName}.${kind}`);
    } catch (e) {
      setError(i18n.t('figure.failed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="figure-export">
      <button type="button" onClick={() => void run('svg')} disabled={busy}>
        {i18n.t('figure.downloadSvg')}
      </button>
      <button type="button" onClick={() => void run('png')} disabled={busy}>
        {i18n.t('figure.downloadPng')}
      </button>
      {history?.available && (
        <button type="button" onClick={() => void gif(history)} disabled={busy}>
          {i18n.t('figure.downloadGif')}
        </button>
      )}
      <span role="status" className="figure-export__status">
        {busy ? (frames ?? i18n.t('figure.exporting')) : (error ?? '')}
      </span>
    </div>
  );
}
