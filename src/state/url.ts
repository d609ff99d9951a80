/**
 * The one mapper between the shareable state and the page's query string. Readable parameters,
 * only those that differ from the defaults, so old links keep working as defaults change.
 */
export const VIEWS = ['overview', 'outstanding', 'changes', 'country', 'present', 'data', 'handout'] as const;
export type View = (typeof VIEWS)[number];

export interface Selection {
  view: View;
  /** Product id; undefined = the first product. */
  product?: string;
  /** Region id; undefined = the default region. */
  region?: string;
  country?: string;
  /** YYYY-MM-DD; undefined = the latest record date. */
  asOf?: string;
  /** YYYY-MM-DD: changes are shown from this date to the as-of date; undefined = none shown. */
  since?: string;
  /**
   * A status the legend keeps: only its countries are shown in full on the map and listed in the
   * map's table; undefined = every status.
   */
  status?: string;
  /** In present mode, the product's slide of changes since `since` rather than its map. */
  slide?: 'changes';
  /** Interface language; undefined = English. */
  lang?: string;
  /** `embed=1`: the map and legend alone, for an iframe on another page. */
  embed?: true;
}

/** What the URL asked for, before it is checked against the data. */
export interface UrlRequest {
  selection: Selection;
  /** Values in the URL that cannot be used as they are, for notices. */
  unknownView?: string;
}

const PARAMS = [
  'view',
  'product',
  'region',
  'country',
  'asof',
  'since',
  'status',
  'slide',
  'lang',
  'embed',
] as const;

export function parseSearch(search: string): UrlRequest {
  const params = new URLSearchParams(search);
  const get = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : undefined;
  };
  const view = get('view');
  // `embed=1` as the README writes it; `embed=true` as people guess it. Anything else is no embed.
  const embed = get('embed');
  const known = view === undefined || (VIEWS as readonly string[]).includes(view);
  return {
    selection: {
      view: known && view ? (view as View) : 'overview',
      product: get('product'),
      region: get('region'),
      country: get('country')?.toUpperCase(),
      asOf: get('asof'),
      since: get('since'),
      status: get('status'),
      slide: get('slide') === 'changes' ? 'changes' : undefined,
      lang: get('lang'),
      ...(embed === '1' || embed === 'true' ? { embed: true as const } : {}),
    },
    unknownView: known ? undefined : view,
  };
}

/** The query string for a selection, keeping any parameters the app does not own. */
export function toSearch(selection: Selection, current = ''): string {
  const params = new URLSearchParams(current);
  for (const name of PARAMS) params.delete(name);
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined) params.set(name, value);
  };
  if (selection.view !== 'overview') set('view', selection.view);
  set('product', selection.product);
  set('region', selection.region);
  set('country', selection.country);
  set('asof', selection.asOf);
  set('since', selection.since);
  set('status', selection.status);
  set('slide', selection.slide);
  set('lang', selection.lang);
  if (selection.embed) set('embed', '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}
