// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyTheme, storedTheme, themeOf } from './theme';

afterEach(() => localStorage.clear());

describe('theme', () => {
  it('follows the system while the choice is auto', () => {
    expect(themeOf('auto', true)).toBe('dark');
    expect(themeOf('auto', false)).toBe('light');
    expect(themeOf('contrast', true)).toBe('contrast');
    expect(themeOf('light', true)).toBe('light');
  });

  it('keeps a valid choice and ignores anything else in storage', () => {
    expect(storedTheme()).toBe('auto');
    localStorage.setItem('gsp-status-theme', 'contrast');
    expect(storedTheme()).toBe('contrast');
    localStorage.setItem('gsp-status-theme', 'neon');
    expect(storedTheme()).toBe('auto');
  });

  it('marks the page with the theme shown', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyTheme('contrast');
    expect(document.documentElement.dataset.theme).toBe('contrast');
  });
});
