import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from './colour';

/** Each theme's custom properties, read from the stylesheet the app ships. */
function themes(): Record<string, Record<string, string>> {
  const css = readFileSync(new URL('./themes.css', import.meta.url), 'utf8');
  const out: Record<string, Record<string, string>> = {};
  for (const [, name, body] of css.matchAll(/:root\[data-theme='(\w+)'\][^{]*\{([^}]*)\}/g)) {
    const colours = [...body!.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]);
    out[name!] = { ...out[name!], ...Object.fromEntries(colours) };
  }
  return out;
}

const all = themes();

describe('themes', () => {
  it('are light, dark and high contrast, each with every colour', () => {
    expect(Object.keys(all).sort()).toEqual(['contrast', 'dark', 'light']);
    const names = Object.keys(all.light!).sort();
    for (const theme of Object.values(all)) expect(Object.keys(theme).sort()).toEqual(names);
  });

  describe.each(Object.keys(all))('%s', (name) => {
    const t = all[name]!;
    // Text and the background it is drawn on, as the stylesheets pair them.
    const text: [string, string][] = [
      ['text', 'bg'],
      ['text', 'surface'],
      ['muted', 'bg'],
      ['muted', 'surface'],
      ['accent', 'surface'],
      ['accent', 'bg'],
      ['on-accent', 'accent'],
      ['text', 'hover'],
      ['text', 'accent-bg'],
      ['text', 'notice-bg'],
      ['text', 'error-bg'],
      ['canvas-text', 'canvas'],
      ['canvas-muted', 'canvas'],
      ['canvas-accent', 'canvas'],
    ];
    it.each(text)('%s on %s: contrast of 4.5 or more', (fg, bg) => {
      expect(contrast(t[fg]!, t[bg]!)).toBeGreaterThanOrEqual(4.5);
    });
    it('focus outline and control borders stand out from the page (3 or more)', () => {
      for (const bg of ['bg', 'surface']) {
        expect(contrast(t.focus!, t[bg]!)).toBeGreaterThanOrEqual(3);
        expect(contrast(t['control-border']!, t[bg]!)).toBeGreaterThanOrEqual(3);
      }
    });
  });

  it('high contrast is at least as strong as light for body text', () => {
    expect(contrast(all.contrast!.text!, all.contrast!.bg!)).toBeGreaterThanOrEqual(
      contrast(all.light!.text!, all.light!.bg!),
    );
  });
});
