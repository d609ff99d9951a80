import { OutstandingView } from '../features/outstanding/OutstandingView';
import { RegionAndDate } from './RegionAndDate';
import { useContactDirectory, useProducts, useRecordIndex } from '../state/derived';
import { useEffective } from './regions';
import { useAppStore } from '../state/store';

export default function OutstandingContainer() {
  const products = useProducts();
  const index = useRecordIndex();
  const contacts = useContactDirectory();
  const select = useAppStore((s) => s.select);
  const { region, asOf, overdueOn } = useEffective();
  // Here no product means all products, not the first one.
  const product = useAppStore((s) => s.selection.product);
  if (!region) return null;
  return (
    <OutstandingView
      product={products.some((p) => p.id === product) ? product : undefined}
      onProduct={(id) => select({ product: id })}
      index={index}
      products={products}
      region={region}
      asOf={asOf}
      overdueOn={overdueOn}
      contacts={contacts}
      onOpenCountry={(iso3) => select({ view: 'country', country: iso3 })}
      onHandout={() => select({ view: 'handout' })}
      controls={<RegionAndDate />}
    />
  );
}
