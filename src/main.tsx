import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './shared/themes.css';
import './shared/base.css';
import { App } from './app/App';
import { loadAll } from './app/loadData';
import { startDrafts } from './app/drafts';
import { registerServiceWorker } from './app/serviceWorker';
import { loadStartLanguage } from './app/language';
import { applyTheme, storedTheme } from './app/theme';

// The reader's colours before anything is drawn.
applyTheme(storedTheme());

// Drafts recorded in this browser come back (they apply once the records have loaded).
startDrafts();

// The data downloads start now, before the first render.
void loadAll();

// In a language other than English, its messages (a small chunk) come first, alongside the data.
void loadStartLanguage(window.location.search).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// After one visit the dashboard works offline (the built site only; see src/sw.ts).
if (import.meta.env.PROD) registerServiceWorker();
