import type { ReactNode } from 'react';
import { useI18n } from './i18n/useI18n';

/**
 * A label and its value with the language's punctuation between them ("Note: …" in English,
 * "Note : …" in French, "备注：…" in Chinese), where either is markup (a bold label, a link).
 */
export function Labelled({ label, children }: { label: ReactNode; children: ReactNode }) {
  const [before, between, after] = useI18n().labelledParts();
  return (
    <>
      {before}
      {label}
      {between}
      {children}
      {after}
    </>
  );
}
