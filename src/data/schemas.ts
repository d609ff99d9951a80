import { z } from 'zod';
import { LoadError } from './fetchFile';

// No compiled validators: zod would probe for eval, which the site's Content-Security-Policy forbids.
z.config({ jitless: true });

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, "-" or "_"');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
/** Links in data may only point to the web or to e-mail. */
const safeUrl = z
  .string()
  .refine((u) => /^(https?:|mailto:)/i.test(u.trim()), 'a link must start with http:, https: or mailto:');

export const productSchema = z.object({
  id,
  short: z.string().min(1),
  name: z.string().min(1),
  version: z.string().min(1).optional(),
  contact: z.object({ name: z.string().min(1), email: z.string().email().optional() }).optional(),
  description: z.string().optional(),
  url: safeUrl.optional(),
});

export const productsSchema = z
  .array(productSchema)
  .min(1, 'at least one product')
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, 'product ids must be unique');

export const regionSchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.string().min(1),
  source: z.string().min(1),
  parent: z.string().optional(),
  members: z.array(iso3),
});

export const regionsSchema = z.object({
  regions: z
    .array(regionSchema)
    .min(1)
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'region ids must be unique'),
});

/** Validates data against a schema; a failure names the path and what was expected. */
export function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  throw new LoadError({ kind: 'invalid', file, detail });
}
