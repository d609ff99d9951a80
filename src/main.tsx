import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './shared/base.css';
import { App } from './app/App';
import { loadAll } from './app/loadData';

// The data downloads start now, before the first render.
void loadAll();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// After one visit the dashboard works offline (the built site only; see scripts/service-worker.js).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .catch((error: unknown) => console.warn('offline use unavailable:', error));
  });
}
