import type { Product, Region, SubmissionRecord } from '../src/domain/types';

/** A record as a test writes one: what the test is about, and no note, source or line unless given. */
export function record(
  fields: Pick<SubmissionRecord, 'product' | 'country' | 'status' | 'date'> & Partial<SubmissionRecord>,
): SubmissionRecord {
  return { note: '', source: '', line: 0, ...fields };
}

/** Two products, A map and B map. */
export const PRODUCTS_AB: Product[] = [
  { id: 'a', short: 'Amap', name: 'A map' },
  { id: 'b', short: 'Bmap', name: 'B map' },
];

/** A partnership of three members: Bangladesh, Nepal and India. */
export const REGION_R: Region = {
  id: 'r',
  name: 'Region R',
  kind: 'partnership',
  source: 's',
  members: ['BGD', 'NPL', 'IND'],
};
