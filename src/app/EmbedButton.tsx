import { lazy, Suspense, useRef, useState } from 'react';
import type { EmbedFrame } from '../features/embed/embedCode';
import { useI18n } from '../shared/i18n/useI18n';

// The dialog comes with the embedded map's chunk, at the first click.
const EmbedDialog = lazy(() => import('./embedding').then((m) => ({ default: m.EmbedDialog })));

export interface EmbedButtonProps {
  /** The view to embed, asked for when the dialog opens (the address follows the selection). */
  frame(): EmbedFrame;
  /** A note shown in the dialog, e.g. that the records shown are not the site's. */
  note?: string;
}

/** "Embed": a dialog with the iframe code of the current view, a Copy button and a preview link. */
export function EmbedButton({ frame, note }: EmbedButtonProps) {
  const i18n = useI18n();
  const [open, setOpen] = useState<EmbedFrame>();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(frame())}
      >
        {i18n.t('embed.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            frame={open}
            note={note}
            onClose={() => {
              setOpen(undefined);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
