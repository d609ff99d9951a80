import { describe, expect, it } from 'vitest';
import { isLanguage, preferredLanguage, textIn } from './languages';

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

describe('textIn', () => {
  const name = { en: 'Asian Soil Partnership', fr: 'Partenariat asiatique sur les sols' };

  it('gives a text from the data in the language asked for', () => {
    expect(textIn(name, 'fr')).toEqual({ text: 'Partenariat asiatique sur les sols' });
    expect(textIn(name, 'en')).toEqual({ text: 'Asian Soil Partnership' });
  });

  it('falls back to English, saying so, where the data has no text in the language', () => {
    expect(textIn(name, 'ar')).toEqual({ text: 'Asian Soil Partnership', lang: 'en' });
    expect(textIn({ en: 'Asia', zh: '' }, 'zh')).toEqual({ text: 'Asia', lang: 'en' });
  });

  it('takes a plain string as written, in every language', () => {
    expect(textIn('GBSmap', 'ru')).toEqual({ text: 'GBSmap' });
  });
});
