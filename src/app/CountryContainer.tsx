import { CountryPage } from '../features/country/CountryPage';
import { CountrySearch } from '../features/search/CountrySearch';
import { useGeo, useProducts, useRecordIndex } from '../state/derived';
import { useEffective, useRegions } from './regions';
import { useAppStore } from '../state/store';
import { useSearchableCountries } from './searchable';

export default function CountryContainer() {
  const products = useProducts();
  const regions = useRegions();
  const index = useRecordIndex();
  const geo = useGeo();
  const select = useAppStore((s) => s.select);
  const countries = useSearchableCountries();
  const { asOf, country, overdueOn } = useEffective();
  return (
    <CountryPage
      iso3={country}
      products={products}
      regions={regions}
      index={index}
      asOf={asOf}
      overdueOn={overdueOn}
      geo={geo}
      picker={<CountrySearch countries={countries} onPick={(iso3) => select({ country: iso3 })} />}
    />
  );
}
