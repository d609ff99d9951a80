import { useEffect, useLayoutEffect } from 'react';
import { ISO3_CODES } from '../domain/isoCodes';
import { correctSelection } from '../state/derived';
import { useAppStore } from '../state/store';
import { parseSearch, toSearch, type Selection } from '../state/url';

const knownCountries = ISO3_CODES;

/**
 * Keeps the selection and the query string in step: the URL is read once on start and on
 * back/forward; each change of selection afterwards adds a history entry, or replaces the
 * current one when the change asked to (the steps of a history being played).
 */
export function useUrlSync(): void {
  // Before the first paint, so a page opened as the embedded map or in another language never
  // shows a frame of the full dashboard or of English first.
  useLayoutEffect(() => {
    const { setSelection, notify } = useAppStore.getState();
    const apply = (replace: boolean) => {
      const request = parseSearch(window.location.search);
      if (request.unknownView !== undefined) notify('unknownView', { value: request.unknownView });
      setSelection(request.selection);
      if (replace) write(request.selection, true);
    };
    apply(true);
    const onPop = () => apply(false);
    window.addEventListener('popstate', onPop);
    const unsubscribe = useAppStore.subscribe((state, prev) => {
      if (state.selection !== prev.selection) write(state.selection, state.selectionReplaces === true);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, []);

  // Once data arrives, values it does not know fall back to defaults, with a notice.
  const products = useAppStore((s) => s.products);
  const regions = useAppStore((s) => s.regions);
  const selection = useAppStore((s) => s.selection);
  useEffect(() => {
    const correction = correctSelection(selection, {
      products: products.state === 'ready' ? products.value : undefined,
      regions: regions.state === 'ready' ? regions.value : undefined,
      countries: knownCountries,
    });
    if (correction.notices.length === 0) return;
    const { notify } = useAppStore.getState();
    for (const n of correction.notices) notify(n.kind, n.params);
    write(correction.selection, true);
    useAppStore.getState().setSelection(correction.selection);
  }, [selection, products, regions]);
}

function write(selection: Selection, replace: boolean): void {
  const search = toSearch(selection, window.location.search);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}
