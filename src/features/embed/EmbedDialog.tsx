import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n/useI18n';
import { iframeCode, type EmbedFrame } from './embedCode';
import './embed.css';

type CopyState = 'idle' | 'copied' | 'select';

/** The iframe code of a view, to copy, with a preview; focus returns to the opener through onClose. */
export function EmbedDialog({ frame, note, onClose }: { frame: EmbedFrame; note?: string; onClose(): void }) {
  const i18n = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const code = iframeCode(frame);

  // Modal: the rest of the page is out of reach until it closes; the code is selected, ready to copy.
  useEffect(() => {
    // Unmounted, the dialog leaves the page and its top layer; nothing to undo.
    if (!dialog.current?.open) dialog.current?.showModal();
    text.current?.focus();
    text.current?.select();
  }, []);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      // No clipboard here (an insecure page, a refused permission): the reader copies the selection.
      text.current?.focus();
      text.current?.select();
      setCopy('select');
    }
  };

  return (
    // Esc closes it (the browser's cancel, then close).
    <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title" onClose={onClose}>
      <h2 id="embed-dialog-title">{i18n.t('embed.dialogTitle')}</h2>
      <p>{i18n.t('embed.intro')}</p>
      {note && (
        <p>
          <strong>{note}</strong>
        </p>
      )}
      <label htmlFor="embed-code">{i18n.t('embed.code')}</label>
      <textarea id="embed-code" ref={text} readOnly rows={4} dir="ltr" spellCheck={false} value={code} />
      <div>
        <button type="button" onClick={() => void onCopy()}>
          {i18n.t('embed.copy')}
        </button>
        <a href={frame.src} target="_blank" rel="noopener">
          {i18n.t('embed.preview')}
        </a>
        <span role="status">
          {copy === 'copied' ? i18n.t('embed.copied') : copy === 'select' ? i18n.t('embed.copySelect') : ''}
        </span>
        <button type="button" onClick={() => dialog.current?.close()}>
          {i18n.t('embed.close')}
        </button>
      </div>
    </dialog>
  );
}
