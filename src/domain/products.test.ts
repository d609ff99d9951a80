import { describe, expect, it } from 'vitest';
import { productTitle } from './products';

describe('productTitle', () => {
  it('names a product as the report does, with its version when it has one', () => {
    expect(productTitle({ id: 'gsocseq', short: 'GSOCseq', name: 'x', version: '1.1' })).toBe('GSOCseq v1.1');
    expect(productTitle({ id: 'gbsmap', short: 'GBSmap', name: 'x' })).toBe('GBSmap');
    expect(productTitle({ id: 'gbsmap', short: 'GBSmap', name: 'x', version: '' })).toBe('GBSmap');
  });
});
