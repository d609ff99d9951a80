import { useId, useState } from 'react';
import { textStart } from '../domain/recordFields';
import { useI18n } from './i18n/useI18n';

/** How many characters of a long text show before "Read all". */
const SHORT_TEXT = 200;

/** The first `max` characters of a text with "…" (see textStart), or undefined when it is no longer. */
export function shortened(text: string, max: number): string | undefined {
  const short = textStart(text, max);
  return short === text ? undefined : short;
}

/**
 * A text from the data (a record's note) as text: whole when short; a long one (an e-mail pasted
 * into a spreadsheet) shortened, with a button to read it all and shorten it again. On paper the
 * shortened text prints, without the button.
 */
export function LongText({ text, max = SHORT_TEXT }: { text: string; max?: number }) {
  const i18n = useI18n();
  const id = useId();
  // Open for this text only: the same place showing another text (the next country) starts shortened.
  const [openText, setOpenText] = useState<string>();
  const open = openText === text;
  const short = shortened(text, max);
  if (short === undefined) return <>{text}</>;
  return (
    <>
      <span id={id} className="long-text" data-shortened={!open || undefined}>
        {open ? text : short}
      </span>{' '}
      <button
        type="button"
        className="link-button long-text__toggle no-print"
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={id}
        onClick={() => setOpenText(open ? undefined : text)}
      >
        {i18n.t(open ? 'note.less' : 'note.more')}
      </button>
    </>
  );
}
