import { describe, expect, it } from 'vitest';
import { isLanguage, preferredLanguage } from './languages';

describe('preferredLanguage', () => {
  it("takes the browser's first language the interface speaks, by its primary subtag", () => {
    expect(preferredLanguage(['fr-CA', 'en'])).toBe('fr');
    expect(preferredLanguage(['de-DE', 'zh-TW', 'en'])).toBe('zh');
    expect(preferredLanguage(['AR'])).toBe('ar');
    expect(preferredLanguage(['es_419'])).toBe('es');
  });

  it('is English when the browser prefers none of the six', () => {
    expect(preferredLanguage([])).toBe('en');
    expect(preferredLanguage(['de', 'pt-BR'])).toBe('en');
  });

  it('knows the six UN languages and no other', () => {
    expect(['en', 'fr', 'es', 'ru', 'zh', 'ar'].every(isLanguage)).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage('EN')).toBe(false);
  });
});
