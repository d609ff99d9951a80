/**
 * A small ICU-style formatter: "{name}" placeholders and
 * "{count, plural, one {# item} other {# items}}" using Intl.PluralRules.
 * Values are inserted as text; React renders the result as text, never as HTML.
 */
export type Values = Record<string, string | number>;

export function formatMessage(message: string, values: Values, locale: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{', i);
    if (open === -1) {
      out += message.slice(i);
      break;
    }
    out += message.slice(i, open);
    const close = matchingBrace(message, open);
    out += formatArgument(message.slice(open + 1, close), values, locale);
    i = close + 1;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message: ${s}`);
}

function formatArgument(arg: string, values: Values, locale: string): string {
  const comma = arg.indexOf(',');
  if (comma === -1) return String(values[arg.trim()] ?? `{${arg}}`);
  const name = arg.slice(0, comma).trim();
  const rest = arg.slice(comma + 1);
  const type = rest.slice(0, rest.indexOf(',')).trim();
  if (type !== 'plural') throw new Error(`unsupported argument type ${type}`);
  const value = Number(values[name]);
  const cases = new Map<string, string>();
  const re = /\s*(=\d+|\w+)\s*\{/g;
  let body = rest.slice(rest.indexOf(',') + 1);
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const start = m.index + m[0].length - 1;
    const end = matchingBrace(body, start);
    cases.set(m[1]!, body.slice(start + 1, end));
    body = body.slice(end + 1);
    re.lastIndex = 0;
  }
  const chosen =
    cases.get(`=${value}`) ??
    cases.get(new Intl.PluralRules(locale).select(value)) ??
    cases.get('other') ??
    '';
  return formatMessage(chosen.replace(/#/g, new Intl.NumberFormat(locale).format(value)), values, locale);
}
