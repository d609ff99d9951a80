import { useEffect, useState } from 'react';

/** The reader's choice of colours; "auto" follows the system's light or dark preference. */
export const THEME_CHOICES = ['auto', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const KEY = 'gsp-status-theme';
const DARK = '(prefers-color-scheme: dark)';

function isChoice(value: unknown): value is ThemeChoice {
  return (THEME_CHOICES as readonly unknown[]).includes(value);
}

/** The choice kept in this browser; "auto" when none (or storage is unavailable). */
export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return isChoice(value) ? value : 'auto';
  } catch {
    return 'auto';
  }
}

/** The theme shown for a choice: "auto" is dark when the system prefers dark. */
export function themeOf(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' | 'contrast' {
  return choice === 'auto' ? (prefersDark ? 'dark' : 'light') : choice;
}

/** Sets data-theme on <html> (see src/shared/themes.css); called before the first render too. */
export function applyTheme(choice: ThemeChoice): void {
  const prefersDark = typeof matchMedia === 'function' && matchMedia(DARK).matches;
  document.documentElement.dataset.theme = themeOf(choice, prefersDark);
}

/** The choice, kept in the browser and applied; follows the system while it is "auto". */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'auto' || typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK);
    const follow = () => applyTheme('auto');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);
  const choose = (next: ThemeChoice) => {
    try {
      if (next === 'auto') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Without storage the choice lasts until the page is closed.
    }
    setChoice(next);
  };
  return [choice, choose];
}
