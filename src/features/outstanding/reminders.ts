import type { FocalPoint } from '../../domain/contacts';
import type { Language } from '../../domain/languages';
import { productTitle } from '../../domain/products';
import type { Iso3, IsoDate, Product } from '../../domain/types';
import { LANGUAGES, type I18n } from '../../shared/i18n';
import { outstandingFileName, type OutstandingItem } from './table';

/**
 * Reminder drafts: one message per country that owes maps among the outstanding rows shown,
 * listing exactly those maps. Pure: the text comes from the rows, the products, the page's
 * address and the interface language's messages; nothing is sent, nothing is invented.
 *
 *   OutstandingItem[] (the rows shown) → ReminderDraft[] (one per country) → text / mailto / file
 */

/** What the drafts need of the interface language. */
export type DraftLanguage = Pick<I18n, 'lang' | 'dir' | 't' | 'formatDate' | 'text'>;

/**
 * In a right-to-left draft, a value from the data (a name, a product's title, an address) is
 * set apart with Unicode's first-strong isolate (U+2068 … U+2069), so that a Latin name ending
 * in "." or ">" keeps its punctuation where it belongs in any mail program that follows the
 * Unicode bidirectional algorithm. Left-to-right drafts are left as they are.
 */
function isolator(dir: 'ltr' | 'rtl'): (text: string) => string {
  return dir === 'rtl' ? (text) => `\u2068${text}\u2069` : (text) => text;
}

export interface ReminderDraft {
  iso3: Iso3;
  /** The country's name in the interface language (from the rows). */
  country: string;
  /** The maps it owes among the rows, in products.json order. */
  items: OutstandingItem[];
  /** Its focal points from contacts.csv, with or without an address. */
  focalPoints: readonly FocalPoint[];
  /** Their e-mail addresses, each once; empty when contacts.csv gives none. */
  to: string[];
  subject: string;
  /** Plain text, lines separated by \n. */
  body: string;
  /** The absolute address of the country's page. */
  link: string;
  /** A mailto: link to the focal points with subject and body; undefined without an address. */
  mailto?: string;
}

export interface DraftArgs {
  products: readonly Product[];
  /** The date the statuses are as of. */
  asOf: IsoDate;
  /** The address of the page the drafts are made on (its path, and its lang, are kept). */
  pageUrl: string;
  i18n: DraftLanguage;
}

/** One draft per country among `items`, countries by name in the interface language's order. */
export function buildDrafts(items: readonly OutstandingItem[], args: DraftArgs): ReminderDraft[] {
  const { products, asOf, pageUrl, i18n } = args;
  const order = new Map(products.map((p, i) => [p.id, i]));
  const position = (item: OutstandingItem) => order.get(item.product.id) ?? products.length;
  const byCountry = new Map<Iso3, OutstandingItem[]>();
  for (const item of items) byCountry.set(item.iso3, [...(byCountry.get(item.iso3) ?? []), item]);
  const collate = new Intl.Collator(i18n.lang).compare;
  return [...byCountry.values()]
    .map((owed) => {
      const sorted = [...owed].sort((a, b) => position(a) - position(b));
      const { iso3, country, contacts } = sorted[0]!;
      const to = [...new Set(contacts.map((c) => c.email).filter(Boolean))];
      const subject = i18n.t('reminders.subject', { country, count: sorted.length });
      const link = countryPageUrl(pageUrl, iso3);
      const body = draftBody({ country, items: sorted, focalPoints: contacts, link, asOf, i18n });
      return {
        iso3,
        country,
        items: sorted,
        focalPoints: contacts,
        to,
        subject,
        body,
        link,
        mailto: to.length ? mailtoDraft(to, subject, body) : undefined,
      };
    })
    .sort((a, b) => collate(a.country, b.country));
}

/** The locale of the interface language (I18n.lang is always one of LANGUAGES). */
function localeOf(lang: string): string {
  return LANGUAGES[lang as Language].locale;
}

function draftBody(args: {
  country: string;
  items: readonly OutstandingItem[];
  focalPoints: readonly FocalPoint[];
  link: string;
  asOf: IsoDate;
  i18n: DraftLanguage;
}): string {
  const { country, items, focalPoints, link, asOf, i18n } = args;
  const { t } = i18n;
  const iso = isolator(i18n.dir);
  const names = [...new Set(focalPoints.map((c) => c.name).filter(Boolean))];
  const lines = [
    names.length
      ? t('reminders.greetingNamed', {
          // "A, B and C": a conjunction in full words (Intl.ListFormat's default), in the
          // language's own locale (en-GB: no comma before "and").
          names: new Intl.ListFormat(localeOf(i18n.lang)).format(names.map(iso)),
          count: names.length,
        })
      : t('reminders.greeting'),
    '',
    t('reminders.bodyIntro', { date: i18n.formatDate(asOf), country, count: items.length }),
    '',
  ];
  for (const item of items) {
    lines.push(
      `- ${t('reminders.item', { product: iso(productTitle(item.product)), name: iso(i18n.text(item.product.name)) })}`,
    );
    lines.push(
      `  ${
        item.since
          ? t('reminders.since', { status: item.statusLabel, date: i18n.formatDate(item.since) })
          : t('reminders.noRecord', { status: item.statusLabel })
      }`,
    );
    if (item.deadline !== undefined) {
      const date = i18n.formatDate(item.deadline);
      lines.push(
        `  ${item.overdue > 0 ? t('reminders.overdue', { date, days: item.overdue }) : t('reminders.deadline', { date })}`,
      );
    }
    const contact = item.product.contact;
    if (contact?.name) {
      lines.push(
        `  ${
          contact.email
            ? t('reminders.gspContactEmail', { name: iso(contact.name), email: iso(contact.email) })
            : t('reminders.gspContact', { name: iso(contact.name) })
        }`,
      );
    }
  }
  lines.push(
    '',
    t('reminders.request', { count: items.length }),
    '',
    t('reminders.linkLine', { country }),
    link,
    '',
    t('reminders.signoff'),
  );
  return lines.join('\n');
}

/**
 * The country's page at the same address as the page the drafts are made on (so under any
 * sub-path), with only `view`, `country` and the `lang` that page had.
 */
export function countryPageUrl(pageUrl: string, iso3: Iso3): string {
  const url = new URL(pageUrl);
  const lang = url.searchParams.get('lang');
  const params = new URLSearchParams({ view: 'country', country: iso3 });
  if (lang) params.set('lang', lang);
  url.search = `?${params.toString()}`;
  url.hash = '';
  return url.href;
}

/**
 * A mailto: link as RFC 6068 writes it: each address and header value percent-encoded as
 * UTF-8 (encodeURIComponent; the address's @ left as it is, as the RFC's examples do), the
 * addresses separated by commas, line breaks as %0D%0A.
 */
export function mailtoDraft(to: readonly string[], subject: string, body: string): string {
  const address = (a: string) => encodeURIComponent(a).replace(/%40/g, '@');
  const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
  return `mailto:${to.map(address).join(',')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf(body))}`;
}

/**
 * Mailto links much longer than this are cut short or refused by some mail programs (about
 * 2,000 characters, as in Outlook on Windows); such a draft suggests Copy instead.
 */
export const MAILTO_SAFE_LENGTH = 2000;

/** What Copy puts on the clipboard: the subject line, then the body. */
export function draftClipboardText(draft: ReminderDraft, i18n: Pick<I18n, 't'>): string {
  return `${i18n.t('reminders.subjectLine', { subject: draft.subject })}\n\n${draft.body}`;
}

/** A focal point as an address list writes it: "Name" <address>, the name quoted where needed. */
function recipient(contact: FocalPoint): string {
  if (!contact.name) return contact.email;
  const name = /[",;:<>@()[\]\\]/.test(contact.name)
    ? `"${contact.name.replace(/["\\]/g, '\\$&')}"`
    : contact.name;
  return `${name} <${contact.email}>`;
}

/** The focal points with an address, as a mail program's address field takes them; undefined without one. */
export function recipientsOf(draft: ReminderDraft): string | undefined {
  const withAddress = draft.focalPoints.filter((c) => c.email);
  const unique = withAddress.filter((c, i) => withAddress.findIndex((d) => d.email === c.email) === i);
  return unique.length ? unique.map(recipient).join(', ') : undefined;
}

/** The "To:" line of a draft, or the sentence saying contacts.csv gives no address. */
export function recipientsLine(draft: ReminderDraft, i18n: Pick<I18n, 't'>): string {
  const recipients = recipientsOf(draft);
  return recipients
    ? i18n.t('reminders.to', { recipients })
    : i18n.t('reminders.noAddress', { country: draft.country });
}

const RULE = '='.repeat(72);
const THIN_RULE = '-'.repeat(72);

/**
 * Every draft in one plain-text file (CRLF, as Windows' Notepad and mail programs expect):
 * a title, then each draft between rules, numbered, with its recipients, subject and body.
 */
export function draftsToText(
  drafts: readonly ReminderDraft[],
  args: { regionName: string; asOf: IsoDate; i18n: Pick<I18n, 't' | 'formatDate'> },
): string {
  const { i18n } = args;
  const parts = [
    i18n.t('reminders.fileTitle', {
      region: args.regionName,
      date: i18n.formatDate(args.asOf),
      count: drafts.length,
    }),
  ];
  drafts.forEach((draft, i) => {
    parts.push(
      '',
      RULE,
      `${i + 1}/${drafts.length} · ${draft.country} (${draft.iso3})`,
      recipientsLine(draft, i18n),
      i18n.t('reminders.subjectLine', { subject: draft.subject }),
      THIN_RULE,
      draft.body,
    );
  });
  parts.push('', RULE, '');
  return parts.join('\n').replace(/\r?\n/g, '\r\n');
}

/** The file of the drafts, named as the outstanding CSV of the same rows with a -reminders suffix. */
export function remindersFileName(regionId: string, product: string | undefined, asOf: IsoDate): string {
  return outstandingFileName(regionId, product, asOf).replace(/\.csv$/, '-reminders.txt');
}
