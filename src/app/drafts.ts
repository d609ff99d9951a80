import { draftsKey, keepDrafts } from '../state/draftStorage';
import { useAppStore } from '../state/store';

/**
 * Drafts kept in this browser's localStorage, per records source (see state/draftStorage):
 * restored now, written as they change, and read again when another tab of the dashboard
 * changes them.
 */
export function startDrafts(): void {
  const kept = keepDrafts(useAppStore, () => window.localStorage);
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === draftsKey(useAppStore.getState().recordsSource)) kept.reload();
  });
}
