import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { download } from '../download';
import type { FigureSpec } from './exportFigure';

/** "Download SVG" and "Download PNG" (2× for print) of the figure described. */
export function FigureExport({ figure, fileName }: { figure: () => FigureSpec; fileName: string }) {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
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
      <span role="status" className="figure-export__status">
        {busy ? i18n.t('figure.exporting') : (error ?? '')}
      </span>
    </div>
  );
}
