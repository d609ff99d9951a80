// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLegend, findMap, legendItems } from '../../tests/appHarness';
import { server, setupMswServer } from '../../tests/msw/server';
import { initialAppState, useAppStore } from '../state/store';

// jsdom has no WebGL: the SVG map is drawn.

const { App } = await import('./App');
const user = () => userEvent.setup();
const { loadAll } = await import('./loadData');

setupMswServer();

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  useAppStore.setState(initialAppState, true);
});

async function renderAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  void loadAll();
  render(<App />);
  await findLegend();
  await findMap();
}

describe('App on the embedded data', () => {
  it('shows the GSOCseq counts of Figure 1 for the Asian Soil Partnership', async () => {
    await renderAt('?product=gsocseq&region=asp');
    const items = legendItems();
    expect(items.submitted).toBe('Submitted 7');
    expect(items.in_preparation).toBe('In preparation 7');
    expect(items.no_information).toBe('No information 10');
    // Every member is counted once, No information included: the items add up to the total.
    expect(document.querySelector('.legend__total')).toHaveTextContent('24 countries in the region');
    const sum = Object.values(items).reduce((n, text) => n + Number(/\d+$/.exec(text)![0]), 0);
    expect(sum).toBe(24);
  });

  it('switches product: legend counts and map colours follow', async () => {
    await renderAt('');
    const user = userEvent.setup();
    const status = (iso3: string) =>
      screen.getByTestId('map').querySelector(`[data-iso3="${iso3}"]`)?.getAttribute('data-status');
    expect(status('CHN')).toBe('no_information');
    await user.click(screen.getByRole('radio', { name: 'GSASmap' }));
    expect(legendItems().not_submitted).toBe('Not submitted 8');
    expect(legendItems().submitted).toBe('Submitted 1');
    expect(status('CHN')).toBe('not_submitted');
    expect(status('FRA')).toBe('outside');
    expect(window.location.search).toBe('?product=gsasmap');
    await user.click(screen.getByRole('radio', { name: 'GBSmap' }));
    expect(legendItems().in_preparation).toBe('In preparation 1');
    expect(legendItems().no_information).toBe('No information 23');
  });

  it('keeps one status when its legend item is chosen: map, table and address follow; again or Escape shows all', async () => {
    await renderAt('?product=gsocseq&region=asp');
    const u = user();
    const legend = screen.getByRole('list', { name: 'Legend' });
    const item = (status: string) => legend.querySelector<HTMLElement>(`[data-status="${status}"]`)!;
    const dimmed = () =>
      [...screen.getByTestId('map').querySelectorAll('path[data-iso3]')]
        .filter((p) => p.getAttribute('fill-opacity') !== null)
        .map((p) => p.getAttribute('data-status'));
    expect(dimmed()).toEqual([]);

    await u.click(item('submitted'));
    expect(item('submitted')).toHaveAttribute('aria-pressed', 'true');
    expect(item('in_preparation')).toHaveAttribute('aria-pressed', 'false');
    expect(window.location.search).toBe('?product=gsocseq&region=asp&status=submitted');
    expect(screen.getByTestId('legend-filter')).toHaveTextContent('Only “Submitted” shown: 7 countries');
    // Every country of another status is faded; none of the kept one is.
    expect(dimmed().length).toBeGreaterThan(0);
    expect(dimmed()).not.toContain('submitted');
    await u.click(screen.getByRole('button', { name: 'Show the map as a table' }));
    const mapTable = () => screen.getByRole('table', { name: /the status of each country/ });
    const table = mapTable();
    expect(within(table).getByText(/only “Submitted”/)).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 7);

    await u.click(item('submitted'));
    expect(item('submitted')).toHaveAttribute('aria-pressed', 'false');
    expect(window.location.search).toBe('?product=gsocseq&region=asp');
    expect(within(mapTable()).getAllByRole('row')).toHaveLength(1 + 24);

    await u.click(item('in_preparation'));
    expect(window.location.search).toContain('status=in_preparation');
    await u.keyboard('{Escape}');
    expect(window.location.search).toBe('?product=gsocseq&region=asp');
    expect(screen.getByTestId('legend-filter')).toBeEmptyDOMElement();

    // A status no country has is shown, not chosen.
    const empty = Object.entries(legendItems()).find(([, text]) => / 0$/.test(text))?.[0];
    expect(empty).toBeDefined();
    expect(item(empty!)).toHaveAttribute('aria-disabled', 'true');
    await u.click(item(empty!));
    expect(window.location.search).toBe('?product=gsocseq&region=asp');
  });

  it('opens with the status the address keeps, and ignores one the product does not have', async () => {
    await renderAt('?product=gsocseq&region=asp&status=in_preparation');
    expect(screen.getByTestId('legend-filter')).toHaveTextContent('Only “In preparation” shown: 7 countries');
    cleanup();
    useAppStore.setState(initialAppState, true);
    await renderAt('?product=gsocseq&region=asp&status=nope');
    expect(screen.getByTestId('legend-filter')).toBeEmptyDOMElement();
    expect(legendItems().submitted).toBe('Submitted 7');
  });

  it('shows every product at a glance: one map each, with its headline and counts; a map opens its product', async () => {
    window.history.replaceState(null, '', '/?product=all&region=asp');
    void loadAll();
    render(<App />);
    const u = user();
    const grid = await waitFor(
      () => {
        const found = document.querySelectorAll('.all-products__card');
        if (found.length === 0) throw new Error('no cards yet');
        return [...found] as HTMLElement[];
      },
      { timeout: 5000 },
    );
    expect(grid.map((c) => c.getAttribute('data-product'))).toEqual(['gsocseq', 'gsasmap', 'gbsmap']);
    const card = (id: string) => grid.find((c) => c.getAttribute('data-product') === id)!;
    expect(within(card('gsocseq')).getByTestId('glance-headline')).toHaveTextContent('7 of 24 submitted');
    expect(within(card('gsasmap')).getByTestId('glance-headline')).toHaveTextContent('1 of 24 submitted');
    // The products share the meeting report's statuses: one legend, the counts under each map.
    expect(screen.getByRole('list', { name: 'Legend' })).toBeInTheDocument();
    const counts = within(card('gsocseq')).getByRole('list', { name: 'GSOCseq: countries by status' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['Submitted 7', 'In preparation 7', 'No information 10']);
    // Each map is drawn with its own product's statuses, on the same outlines.
    await waitFor(() => expect(card('gsasmap').querySelector('path[data-iso3="CHN"]')).not.toBeNull(), {
      timeout: 5000,
    });
    expect(card('gsasmap').querySelector('path[data-iso3="CHN"]')).toHaveAttribute(
      'data-status',
      'not_submitted',
    );
    expect(card('gsocseq').querySelector('path[data-iso3="CHN"]')).toHaveAttribute(
      'data-status',
      'no_information',
    );
    expect(card('gsocseq').querySelector('path[data-iso3="CHN"]')!.getAttribute('d')).toBe(
      card('gsasmap').querySelector('path[data-iso3="CHN"]')!.getAttribute('d'),
    );
    expect(screen.getByRole('radio', { name: 'All products' })).toBeChecked();

    await u.click(screen.getByRole('button', { name: 'Open the map of GSASmap' }));
    expect(window.location.search).toBe('?product=gsasmap&region=asp');
    await findLegend();
    expect(legendItems().not_submitted).toBe('Not submitted 8');
  });

  it('falls back with a visible notice for unknown values', async () => {
    await renderAt('?product=nope&region=mars&country=ZZZ');
    expect(await screen.findByText(/There is no product “nope”; showing GSOCseq/)).toBeInTheDocument();
    expect(screen.getByText(/There is no region “mars”/)).toBeInTheDocument();
    expect(screen.getByText(/There is no country “ZZZ”/)).toBeInTheDocument();
    expect(legendItems().submitted).toBe('Submitted 7');
    expect(window.location.search).toBe('');
  });

  it('opens the country panel from the URL with every product', async () => {
    await renderAt('?country=BGD');
    const panel = await screen.findByRole('region', { name: /Bangladesh/ });
    const statuses = [...panel.querySelectorAll('[data-product]')].map((li) => [
      li.getAttribute('data-product'),
      li.getAttribute('data-status'),
    ]);
    expect(statuses).toEqual([
      ['gsocseq', 'submitted'],
      ['gsasmap', 'submitted'],
      ['gbsmap', 'no_information'],
    ]);
    expect(within(panel).getByText(/Soil salinity map submitted/)).toBeInTheDocument();
  });

  it('writes a label and its value in the language’s punctuation (French: a no-break space before “:”)', async () => {
    window.history.replaceState(null, '', '/?country=BGD&lang=fr');
    void loadAll();
    render(<App />);
    const panel = await screen.findByRole('region', { name: /Bangladesh/ }, { timeout: 5000 });
    await within(panel).findByText(/^Régions/, undefined, { timeout: 5000 });
    const text = panel.textContent ?? '';
    expect(text).toContain('Source\u00a0: ASP-VII report');
    expect(text).toContain('Contact\u00a0: ');
    expect(text).not.toMatch(/\S:|[ ]:/);
  });

  it('closes the country panel with Esc from inside it', async () => {
    await renderAt('?country=BGD');
    const panel = await screen.findByRole('region', { name: /Bangladesh/ });
    const user = userEvent.setup();
    within(panel).getByRole('button', { name: 'Open the country page' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Bangladesh/ })).toBeNull();
    expect(window.location.search).toBe('');
    // The focus goes back to the map, not the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('region', { name: /^Map of/ })));
  });

  it('names products and regions in the interface language where the data has them, else in English marked so', async () => {
    const { readFileSync } = await import('node:fs');
    const json = (name: string) =>
      JSON.parse(readFileSync(`${process.cwd()}/public/data/${name}`, 'utf8')) as {
        id: string;
        name: unknown;
      }[] & { regions: { id: string; name: unknown }[] };
    const enOf = (name: unknown) => (typeof name === 'string' ? name : (name as { en: string }).en);
    // GSOCseq with a French name of the test's, GSASmap in English only.
    const products = json('products.json').map((p) =>
      p.id === 'gsocseq'
        ? { ...p, name: { en: enOf(p.name), fr: 'Carte du carbone (essai)' } }
        : p.id === 'gsasmap'
          ? { ...p, name: { en: enOf(p.name) } }
          : p,
    );
    const regions = json('regions.json');
    const named = {
      regions: regions.regions.map((r) =>
        r.id === 'asp'
          ? { ...r, name: { en: 'Asian Soil Partnership', fr: 'Partenariat (essai)' } }
          : r.id === 'un-asia'
            ? { ...r, name: { en: 'Asia' } }
            : r.id === 'inbs'
              ? { ...r, name: 'INBS (as written)' }
              : r,
      ),
    };
    server.use(
      http.get('*/data/products.json', () => HttpResponse.json(products)),
      http.get('*/data/regions.json', () => HttpResponse.json(named)),
    );
    window.history.replaceState(null, '', '/?lang=fr&region=asp');
    void loadAll();
    render(<App />);
    const title = await screen.findByRole(
      'heading',
      { level: 2, name: /Carte du carbone \(essai\)/ },
      { timeout: 5000 },
    );
    expect(title).toHaveTextContent('Carte du carbone (essai) (GSOCseq v1.1)');
    expect(screen.getByRole('option', { name: /Partenariat \(essai\)/ })).not.toHaveAttribute('lang');
    // A region without a French name keeps its English one, marked as English; a plain string is
    // taken as written, in every language.
    expect(screen.getByRole('option', { name: /^Asia \(/ })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('option', { name: /^INBS \(as written\)/ })).not.toHaveAttribute('lang');
    // The shipped regions have their names in the six languages.
    expect(screen.getByRole('option', { name: /^Monde \(États Membres de l’ONU\)/ })).not.toHaveAttribute(
      'lang',
    );
    expect(screen.getByRole('option', { name: /^Asie du Sud-Est \(/ })).not.toHaveAttribute('lang');
    await user().click(screen.getByRole('radio', { name: 'GSASmap' }));
    const english = screen.getByRole('heading', { level: 2, name: /Global Salt-Affected Soils Map/ });
    expect(english.querySelector('[lang="en"]')).toHaveTextContent('Global Salt-Affected Soils Map');
  });

  it('shows the other products when one in products.json is not valid, and names it', async () => {
    const { readFileSync } = await import('node:fs');
    const products = (
      JSON.parse(readFileSync(`${process.cwd()}/public/data/products.json`, 'utf8')) as { id: string }[]
    ).map((p) => (p.id === 'gsasmap' ? { ...p, url: 'javascript:alert(1)' } : p));
    server.use(http.get('*/data/products.json', () => HttpResponse.json(products)));
    await renderAt('?product=gsocseq');
    expect(legendItems().submitted).toBe('Submitted 7');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      'gsocseq',
      'gbsmap',
      'all',
    ]);
    const problem = await screen.findByText(
      /products\.json, product “gsasmap”: url: a link must start with http:, https: or mailto:; this product is left out, the others show/,
    );
    expect(problem).toBeInTheDocument();
    expect(screen.getByText(/products\.json: 1 product left out, the others shown\./)).toBeInTheDocument();
    // Its records are reported as of an unknown product, the others read.
    expect(screen.getByText(/records\.csv: 9 rows could not be used/)).toBeInTheDocument();
  });

  it('follows back and forward', async () => {
    await renderAt('');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'GSASmap' }));
    expect(legendItems().not_submitted).toBe('Not submitted 8');
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(legendItems().submitted).toBe('Submitted 7');
  });

  it('keeps working when the records file is missing', async () => {
    server.use(http.get('*/data/records.csv', () => new HttpResponse('nope', { status: 404 })));
    await renderAt('');
    expect(await screen.findByText(/records.csv was not found \(404\)/)).toBeInTheDocument();
    expect(legendItems().no_information).toBe('No information 24');
  });

  it('as of a date before any record, every member has No information', async () => {
    await renderAt('?asof=2021-12-31');
    expect(legendItems().no_information).toBe('No information 24');
  });
});

describe('App embedded (?embed=1)', () => {
  it('shows the map and legend of the view alone, with the way to the full dashboard', async () => {
    await renderAt('?product=gsasmap&region=asp&embed=1');
    expect(legendItems().not_submitted).toBe('Not submitted 8');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /^GSASmap v1\.0: Asian Soil Partnership/,
    );
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: /Download|Embed/ })).toBeNull();
    const full = screen.getByRole('link', { name: /Full dashboard/ });
    expect(full).toHaveAttribute('href', '/?product=gsasmap&region=asp');
    expect(full).toHaveAttribute('target', '_blank');
    expect(screen.getAllByText(/do not imply the expression of any opinion/)).not.toHaveLength(0);
    expect(document.title).toBe('GSASmap v1.0, Asian Soil Partnership: national map submissions');
    expect(window.location.search).toBe('?product=gsasmap&region=asp&embed=1');
  });

  it('a country clicked is named in the frame, and the address stays', async () => {
    await renderAt('?embed=1');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('map').querySelector('[data-iso3="NPL"]')!);
    expect(screen.getAllByRole('status').map((e) => e.textContent)).toContain('Nepal In preparation');
    expect(window.location.search).toBe('?embed=1');
    expect(screen.getByRole('link', { name: /Full dashboard/ })).toHaveAttribute('href', '/?country=NPL');
  });

  it('says when the records could not be loaded, rather than showing every country without information', async () => {
    server.use(http.get('*/data/records.csv', () => new HttpResponse('nope', { status: 404 })));
    await renderAt('?embed=1');
    expect(await screen.findByRole('alert')).toHaveTextContent(/records.csv was not found \(404\)/);
  });
});
