import { siteSources } from '../domain/sources';
import { dataPackage } from './dataPackage';
import { validateProducts } from './schemas';

/** The data package of a data folder's products.json and site.json, as they are written. */
export function dataPackageFor(productsJson: unknown, siteJson: unknown) {
  const { products } = validateProducts(productsJson, 'products.json');
  const listed = siteSources(siteJson);
  // Only the files of the data folder: a spreadsheet published elsewhere is not part of it.
  const files = 'sources' in listed ? listed.sources.filter((s) => !/^https:/i.test(s)) : ['records.csv'];
  return dataPackage(products, files);
}
