import * as z from 'zod/mini';
import { isIsoDate } from '../domain/dates';
import { MAX_STATUSES, NO_INFORMATION, OUTSIDE, STAGES } from '../domain/stages';
import type { DataIssue, Product } from '../domain/types';
import { ALL_PRODUCTS } from '../domain/products';
import { LoadError } from './fetchFile';

// zod/mini: the same checks as zod in a fraction of its code, which the page loads first.
// No compiled validators: zod would probe for eval, which the site's Content-Security-Policy forbids.
z.config({ jitless: true });

const text = () => z.string().check(z.minLength(1));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, "-" or "_"'));
/** A calendar date written YYYY-MM-DD that exists (no 31 April). */
const isoDate = z.string().check(z.refine(isIsoDate, 'a real date written YYYY-MM-DD'));
const iso3 = z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'));
/** Links in data may only point to the web or to e-mail. */
const safeUrl = z
  .string()
  .check(
    z.refine((u) => /^(https?:|mailto:)/i.test(u.trim()), 'a link must start with http:, https: or mailto:'),
  );

/** One text per language of the interface, English required (see LocalText). */
const perLanguage = z.strictObject({
  en: text(),
  fr: z.optional(text()),
  es: z.optional(text()),
  ru: z.optional(text()),
  zh: z.optional(text()),
  ar: z.optional(text()),
});
/** A text in one language, or one per language. */
const localText = z.union([text(), perLanguage]);

/** A colour as CSS writes it in hex: #rrggbb or #rgb. */
const colour = z
  .string()
  .check(z.regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i, 'a colour written #rrggbb or #rgb'));

const statusSchema = z.object({
  id: id.check(
    z.refine(
      (v) => v !== NO_INFORMATION && v !== OUTSIDE,
      `"${NO_INFORMATION}" and "${OUTSIDE}" are the app's own: choose another id`,
    ),
  ),
  label: localText,
  stage: z.enum(STAGES, `one of ${STAGES.join(', ')}`),
  colour: z.optional(colour),
  description: z.optional(localText),
});

/** A product's statuses: at least one done, each id once, few enough to tell apart by colour. */
const statusesSchema = z.array(statusSchema).check(
  z.maxLength(MAX_STATUSES, `at most ${MAX_STATUSES} statuses, or their colours cannot be told apart`),
  z.refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'each status id once'),
  z.refine((list) => list.some((s) => s.stage === 'done'), 'at least one status whose stage is "done"'),
);

const productSchema = z.object({
  id: id.check(
    z.refine(
      (v) => v !== ALL_PRODUCTS,
      `"${ALL_PRODUCTS}" means every product in the page's address: choose another id`,
    ),
  ),
  short: text(),
  name: localText,
  version: z.optional(text()),
  contact: z.optional(z.object({ name: text(), email: z.optional(z.email()) })),
  description: z.optional(z.union([z.string(), perLanguage])),
  url: z.optional(safeUrl),
  deadline: z.optional(isoDate),
  deadlines: z.optional(z.record(id, isoDate)),
  statuses: z.optional(statusesSchema),
  done: z.optional(localText),
});

export const productsSchema = z.array(productSchema).check(
  z.minLength(1, 'at least one product'),
  z.refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'product ids must be unique'),
);

const regionSchema = z.object({
  id,
  name: localText,
  kind: text(),
  source: text(),
  parent: z.optional(z.string()),
  members: z.array(iso3),
});

export const regionsSchema = z.object({
  regions: z.array(regionSchema).check(
    z.minLength(1),
    z.refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'region ids must be unique'),
  ),
});

/** The products of products.json that can be shown, and why each other one is left out. */
export interface ProductsFile {
  products: Product[];
  issues: DataIssue[];
}

/**
 * Validates products.json one product at a time: a product that is not valid (a bad link, a
 * missing name, an id used before) is left out with an error naming it and the field, and the
 * others still show. The file fails only when it is not a list or holds no valid product.
 */
export function validateProducts(data: unknown, file: string): ProductsFile {
  // Not a list: validate throws, saying so.
  const list: readonly unknown[] = Array.isArray(data) ? data : validate(productsSchema, data, file);
  const products: Product[] = [];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const result = productSchema.safeParse(entry);
    if (result.success && !seen.has(result.data.id)) {
      seen.add(result.data.id);
      products.push(result.data);
      return;
    }
    const id = (entry as { id?: unknown } | null)?.id;
    issues.push({
      severity: 'error',
      code: 'invalid-product',
      file,
      column: 'product',
      value: typeof id === 'string' && id ? id : `#${i + 1}`,
      params: {
        detail: result.success ? 'id: used by an earlier product' : detailOf(result.error.issues),
      },
    });
  });
  if (products.length === 0) validate(productsSchema, data, file);
  return { products, issues };
}

function detailOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Validates data against a schema; a failure names the path and what was expected. */
export function validate<T>(schema: z.ZodMiniType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new LoadError({ kind: 'invalid', file, detail: detailOf(result.error.issues) });
}
