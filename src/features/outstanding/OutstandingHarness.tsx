import { useState } from 'react';
import type { ContactDirectory } from '../../domain/contacts';
import type { RecordIndex } from '../../domain/status';
import type { Product, Region } from '../../domain/types';
import { OutstandingView } from './OutstandingView';

/**
 * For tests: the outstanding view as the app holds it (its product choice in state), on 31
 * December 2022, with no other controls.
 */
export function OutstandingHarness(props: {
  index: RecordIndex;
  products: readonly Product[];
  region: Region;
  contacts?: ContactDirectory;
}) {
  const [product, setProduct] = useState<string | undefined>();
  return (
    <OutstandingView
      {...props}
      asOf="2022-12-31"
      overdueOn="2022-12-31"
      product={product}
      onProduct={setProduct}
      controls={null}
      onOpenCountry={() => undefined}
    />
  );
}
