import { useSyncExternalStore } from 'react';
import { useI18n } from '../shared/i18n/useI18n';
import { serviceWorkerUpdate } from './serviceWorker';

/** A quiet notice when a new version of the dashboard is ready; nothing changes until asked. */
export function UpdateReady() {
  const i18n = useI18n();
  const ready = useSyncExternalStore(serviceWorkerUpdate.subscribe, serviceWorkerUpdate.isReady);
  if (!ready) return null;
  return (
    <p className="notice" role="status" data-testid="update-ready">
      <span>{i18n.t('update.ready')}</span>
      <button type="button" className="notice__dismiss" onClick={() => void serviceWorkerUpdate.apply()}>
        {i18n.t('update.reload')}
      </button>
    </p>
  );
}
