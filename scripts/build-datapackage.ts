// Writes public/data/datapackage.json from the shipped products and site.json (see
// src/data/dataPackage.ts). A test checks the committed file is what this writes.
//
//   npm run data:package
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPackageFor } from '../src/data/dataPackageFile';

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as unknown;
writeFileSync(
  'public/data/datapackage.json',
  `${JSON.stringify(dataPackageFor(read('products.json'), read('site.json')), null, 2)}\n`,
);
console.log('public/data/datapackage.json written');
