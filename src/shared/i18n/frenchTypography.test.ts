import { describe, expect, it } from 'vitest';
import { fr } from './fr';

/**
 * French typography: a no-break space (U+00A0, or the narrow U+202F) before « : ; ? ! » and »,
 * and after «, so that none of them starts a line or sits against the word. Placeholders count
 * as words ("{file} : …").
 */
const NO_BREAK = '[\\u00a0\\u202f]';
const RULES: [string, RegExp][] = [
  ['a space that can break before : ; ? ! or »', new RegExp(`[ \\t][:;?!»]`)],
  ['nothing before : ; ? ! or »', new RegExp(`[^\\s\\u00a0\\u202f:;?!»<>/'"\`][:;!?»]`)],
  ['a space that can break, or none, after «', new RegExp(`«(?!${NO_BREAK})`)],
];

/** The message's own text: what it shows, without the ICU syntax around plural and select cases. */
function text(message: string): string {
  return (
    message
      // A URL's "https:" is not French prose.
      .replace(/\b[a-z]+:\/\//g, '')
      // "{count, plural, one {…} other {…}}": only the cases' words are text.
      .replace(/\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/g, '{')
  );
}

describe('French messages', () => {
  it.each(RULES)('have no %s', (_, rule) => {
    const offending = Object.entries(fr)
      .filter(([, message]) => rule.test(text(message)))
      .map(([key, message]) => `${key}: ${message}`);
    expect(offending).toEqual([]);
  });

  it('recognises each fault it is meant to find', () => {
    const faults = ['Note: x', 'Note : x', 'Prêt ?', '« x »', 'a;b', 'Prêt!', '«\u00a0x »'];
    for (const fault of faults)
      expect(
        RULES.some(([, rule]) => rule.test(text(fault))),
        fault,
      ).toBe(true);
    const fine = [
      'Note\u00a0: x',
      'Prêt\u202f?',
      '«\u00a0x\u00a0»',
      '{file}\u00a0: {reason}',
      'https://fao.org',
    ];
    for (const ok of fine)
      expect(
        RULES.some(([, rule]) => rule.test(text(ok))),
        ok,
      ).toBe(false);
  });
});
