import type { Product } from './types';

/** A product as the report names it: "GSOCseq v1.1", or "GBSmap" without a version. */
export function productTitle(product: Product): string {
  return `${product.short}${product.version ? ` v${product.version}` : ''}`;
}

/**
 * A text whose words stay on one line, their spaces made no-break: a product's short name and
 * version ("GSASmap v1.0") in a title that wraps, in every language and direction.
 */
export function unbroken(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** The address's word for every product at a glance (`?product=all`); no product may take it. */
export const ALL_PRODUCTS = 'all';
