import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../domain/languages';
import { en, type MessageKey, type Messages } from './en';
import { LANGUAGES, LANGUAGE_FILES } from './languages';

/** What a message asks of its values: each argument with its kind, and each plural's cases. */
interface Shape {
  arguments: Set<string>;
  plurals: string[][];
}

// Node types of intl-messageformat's syntax tree.
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }> };

function shapeOf(message: string, locale: string): Shape {
  const shape: Shape = { arguments: new Set(), plurals: [] };
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if ([ARGUMENT, NUMBER, DATE, TIME, SELECT, PLURAL].includes(node.type))
        shape.arguments.add(
          `${node.value}:${node.type === PLURAL ? 'plural' : node.type === SELECT ? 'select' : 'text'}`,
        );
      if (node.options) {
        if (node.type === PLURAL) shape.plurals.push(Object.keys(node.options));
        for (const option of Object.values(node.options)) walk(option.value);
      }
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as Node[]);
  return shape;
}

const keys = Object.keys(en) as MessageKey[];

describe.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('messages in %s', (code) => {
  const { locale } = LANGUAGES[code];
  let messages: Messages;

  it('has every key of the English messages and no other', async () => {
    messages = (await LANGUAGE_FILES[code]()).messages;
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
  });

  it('asks for the same values as English, each message valid', () => {
    const mismatched = keys.filter((key) => {
      const ours = [...shapeOf(messages[key], locale).arguments].sort();
      const english = [...shapeOf(en[key], 'en').arguments].sort();
      return ours.join() !== english.join();
    });
    expect(mismatched).toEqual([]);
  });

  it('gives each plural every form the language needs', () => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const incomplete = keys.filter((key) =>
      shapeOf(messages[key], locale).plurals.some((cases) =>
        needed.some((category) => !cases.includes(category)),
      ),
    );
    expect(incomplete).toEqual([]);
  });

  it('gives a label before its value, as the Labelled component lays them out', () => {
    const message = messages['common.labelled'];
    expect(message.indexOf('{label}')).toBeGreaterThanOrEqual(0);
    expect(message.indexOf('{label}')).toBeLessThan(message.indexOf('{value}'));
  });

  it('is translated: few messages are the English text unchanged', () => {
    // Short labels can coincide (e.g. "Code", "Navigation"); whole sentences should not. A
    // message of placeholders and punctuation alone ("{label}: {value}") has no words to translate.
    const words = (message: string) => /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ''));
    const unchanged = keys.filter(
      (key) => messages[key] === en[key] && en[key].length > 12 && words(en[key]),
    );
    expect(unchanged).toEqual([]);
  });
});

describe('English messages', () => {
  it('are each valid', () => {
    for (const key of keys) expect(() => shapeOf(en[key], 'en'), key).not.toThrow();
  });
});
