import type { Product } from './types';

/** A product as the report names it: "GSOCseq v1.1", or "GBSmap" without a version. */
export function productTitle(product: Product): string {
  return `${product.short}${product.version ? ` v${product.version}` : ''}`;
}
