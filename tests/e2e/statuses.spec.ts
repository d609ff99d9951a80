import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, legend, test, waitForMap } from './fixtures';

/**
 * Two items defined in data alone, tracked beside the maps: a product with the GSP's own six
 * steps (two of them not expected), and an item that is not a map, with two statuses.
 */
const GSNMAP = {
  id: 'gsnmap',
  short: 'GSNmap',
  name: { en: 'Global Soil Nutrient Map', fr: 'Carte mondiale des nutriments du sol' },
  done: { en: 'cleared', fr: 'validées' },
  statuses: [
    { id: 'cleared', label: { en: 'Cleared by the ITPS', fr: 'Validée par le GTIS' }, stage: 'done' },
    {
      id: 'quality_checks',
      label: 'In quality checks',
      stage: 'under_way',
      description: 'The secretariat is checking the national map; answer its questions.',
    },
    { id: 'in_preparation', label: 'In preparation', stage: 'under_way' },
    { id: 'not_submitted', label: 'Not submitted', stage: 'owed' },
    { id: 'gap_filled', label: { en: 'Gap-filled by the secretariat' }, stage: 'not_expected' },
    { id: 'left_blank', label: 'Left blank at the country’s request', stage: 'not_expected' },
  ],
};
const GLOSOLAN = {
  id: 'glosolan',
  short: 'GLOSOLAN',
  name: 'Laboratories registered in GLOSOLAN',
  done: 'registered',
  statuses: [
    { id: 'registered', label: 'Registered', stage: 'done' },
    { id: 'not_registered', label: 'No laboratory registered', stage: 'owed', colour: '#b35806' },
  ],
};

// In the Asian Soil Partnership (24 countries); the default data's latest date is 9 March 2022.
const RECORDS = [
  'gsnmap,NPL,in_preparation,2021-06-01',
  'gsnmap,NPL,cleared,2022-02-01',
  'gsnmap,BGD,cleared,2021-06-01',
  'gsnmap,IND,quality_checks,2022-02-01',
  'gsnmap,CHN,in_preparation,2021-06-01',
  'gsnmap,JPN,not_submitted,2021-06-01',
  'gsnmap,KOR,gap_filled,2021-06-01',
  'gsnmap,MNG,left_blank,2021-06-01',
  'gsnmap,THA,submitted,2021-06-01',
  'glosolan,BGD,registered,2021-06-01',
  'glosolan,NPL,registered,2021-06-01',
  'glosolan,IND,registered,2021-06-01',
  'glosolan,CHN,registered,2021-06-01',
  'glosolan,JPN,registered,2021-06-01',
  'glosolan,PAK,not_registered,2021-06-01',
  'glosolan,LKA,not_registered,2021-06-01',
].map((row) => `${row},,test`);

async function withItems(page: Page) {
  const products = JSON.parse(await readFile('public/data/products.json', 'utf8')) as unknown[];
  const records = await readFile('public/data/records.csv', 'utf8');
  await page.route('**/data/products.json', (route) =>
    route.fulfill({ json: [...products, GSNMAP, GLOSOLAN] }),
  );
  await page.route('**/data/records.csv', (route) =>
    route.fulfill({ body: `${records.trimEnd()}\n${RECORDS.join('\n')}\n`, contentType: 'text/csv' }),
  );
}

test.beforeEach(async ({ page }) => {
  await withItems(page);
});

test('a product with its own six statuses: legend, counts, colours and "N of M" from the data', async ({
  page,
}) => {
  await page.goto('?product=gsnmap&region=asp');
  await waitForMap(page);
  expect(await legend(page)).toEqual({
    cleared: 'Cleared by the ITPS 2',
    quality_checks: 'In quality checks 1',
    in_preparation: 'In preparation 1',
    not_submitted: 'Not submitted 1',
    gap_filled: 'Gap-filled by the secretariat 1',
    left_blank: 'Left blank at the country’s request 1',
    no_information: 'No information 17',
  });
  // Two not expected: out of "of M".
  await expect(page.getByTestId('legend-progress')).toHaveText('2 of 22 cleared');
  await expect(page.locator('.legend__total')).toHaveText('24 countries in the region');

  // Each status its own colour, the same on the map as in the legend.
  const fills = await page.evaluate(() => {
    const swatch = (s: string) =>
      document.querySelector(`.legend__item[data-status="${s}"] .swatch rect`)?.getAttribute('fill');
    const country = (iso3: string) =>
      document.querySelector(`[data-testid="map"] path[data-iso3="${iso3}"]`)?.getAttribute('fill');
    return {
      legend: [
        'cleared',
        'quality_checks',
        'in_preparation',
        'not_submitted',
        'gap_filled',
        'left_blank',
      ].map(swatch),
      map: ['NPL', 'IND', 'CHN', 'JPN', 'KOR', 'MNG'].map(country),
    };
  });
  expect(fills.map).toEqual(fills.legend);
  expect(new Set(fills.legend).size).toBe(6);

  // A record with a status the product does not have is left out and named in the data view.
  await page.goto('?view=data');
  await expect(
    page.getByText(/status “submitted”: unknown status; gsnmap takes cleared, quality_checks/),
  ).toBeVisible();
  const statuses = page.locator('.data-view__statuses');
  await statuses.locator('summary').click();
  await expect(statuses.locator('tr[data-product="gsnmap"]')).toHaveCount(6);
  await expect(statuses.locator('tr[data-product="glosolan"][data-status="registered"]')).toContainText(
    'Done: counted in “N of M”',
  );
});

test('an item that is not a map: two statuses, its own colour, "N of M registered" in the charts', async ({
  page,
}) => {
  await page.goto('?product=glosolan&region=asp');
  await waitForMap(page);
  expect(await legend(page)).toEqual({
    registered: 'Registered 5',
    not_registered: 'No laboratory registered 2',
    no_information: 'No information 17',
  });
  await expect(page.getByTestId('legend-progress')).toHaveText('5 of 24 registered');
  await expect(page.locator('.legend__item[data-status="not_registered"] .swatch rect')).toHaveAttribute(
    'fill',
    '#b35806',
  );
  const row = page.locator('.chart__row[data-product="glosolan"]');
  await expect(row.locator('.chart__row-value')).toHaveText('5 of 24 registered');
  await expect(page.locator('.chart__row[data-product="gsnmap"] .chart__row-value')).toHaveText(
    '2 of 22 cleared, 2 countries nothing is expected from, not counted',
  );
});

test('outstanding and reminders list only what is still owed, in the product’s words', async ({ page }) => {
  await page.goto('?view=outstanding&product=gsnmap&region=asp');
  const rows = page.locator('tbody tr');
  // Under way (2), owed (1) and No information (17); nothing cleared, gap-filled or left blank.
  await expect(rows).toHaveCount(20);
  const statuses = await rows.evaluateAll((trs) => [
    ...new Set(trs.map((tr) => tr.getAttribute('data-status'))),
  ]);
  expect(statuses.sort()).toEqual(['in_preparation', 'no_information', 'not_submitted', 'quality_checks']);
  await expect(rows.and(page.locator('[data-iso3="IND"]'))).toContainText('In quality checks');
  // Sorted by status: under way first, in the product's order, then owed, then No information.
  await page.getByRole('button', { name: 'Status' }).click();
  await expect(rows.first()).toHaveAttribute('data-status', 'quality_checks');
  await expect(rows.nth(1)).toHaveAttribute('data-status', 'in_preparation');
  await expect(rows.nth(2)).toHaveAttribute('data-status', 'not_submitted');

  // The filter offers the product's own statuses still owed.
  await page.getByRole('checkbox', { name: 'No information' }).uncheck();
  await page.getByRole('checkbox', { name: 'In quality checks' }).uncheck();
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Reminder drafts' }).click();
  const drafts = page.getByRole('region', { name: /Reminder drafts/ });
  await expect(drafts.getByRole('article')).toHaveCount(2);
  const china = (await drafts.getByRole('article', { name: /China/ }).locator('pre').textContent())!;
  expect(china).toContain('GSNmap (Global Soil Nutrient Map)');
  expect(china).toContain('Status: In preparation, since 1 June 2021');
  expect(china).not.toContain('Cleared');
});

test('changes, present mode and the exported figure follow the product’s order and words', async ({
  page,
}) => {
  await page.goto('?view=changes&region=asp&since=2022-01-01');
  const section = page.locator('.changes__product[data-product="gsnmap"]');
  await expect(section.getByTestId('changes-headline')).toHaveText(
    '1 country cleared since 1 January 2022 (GSNmap)',
  );
  await expect(section.locator('tbody tr')).toHaveCount(2);
  // Nepal went forward to a done status; India, from nothing, started.
  await expect(section.locator('tbody tr', { hasText: 'Nepal' })).toContainText('Done');
  await expect(section.locator('tbody tr', { hasText: 'Nepal' })).toContainText('In preparation');
  await expect(section.locator('tbody tr', { hasText: 'India' })).toContainText('Started');

  await page.goto('?view=present&product=gsnmap&region=asp');
  await expect(page.getByTestId('headline')).toHaveText('2 of 22 cleared');
  await expect(page.getByTestId('not-applicable')).toHaveText(
    '2 countries nothing is expected from, not counted',
  );
  await expect(page.locator('.present__legend li')).toHaveCount(7);
  await expect(page.locator('.present__legend li[data-status="left_blank"]')).toContainText(
    'Left blank at the country’s request1',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = await readFile((await download.path())!, 'utf8');
  const figure = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const entry = (s: string) => doc.querySelector(`.figure-legend [data-status="${s}"]`);
    return {
      statuses: [...doc.querySelectorAll('.figure-legend [data-status]')].map((g) => [
        g.getAttribute('data-status'),
        g.getAttribute('data-count'),
      ]),
      nepal: [
        doc.querySelector('path[data-iso3="NPL"]')?.getAttribute('fill'),
        entry('cleared')?.querySelector('rect')?.getAttribute('fill'),
      ],
      progress: doc.querySelector('[data-part="progress"]')?.textContent,
    };
  }, svg);
  expect(figure.statuses).toEqual([
    ['cleared', '2'],
    ['quality_checks', '1'],
    ['in_preparation', '1'],
    ['not_submitted', '1'],
    ['gap_filled', '1'],
    ['left_blank', '1'],
    ['no_information', '17'],
  ]);
  expect(figure.nepal[0]).toBe(figure.nepal[1]);
  expect(figure.progress).toBe('2 of 22 cleared');
});

test('in French: the product, its statuses and what done means in French; English where the data has none', async ({
  page,
}) => {
  await page.goto('?product=gsnmap&region=asp&lang=fr');
  await waitForMap(page);
  await expect(page.locator('.overview__title')).toContainText('Carte mondiale des nutriments du sol');
  await expect(page.locator('.legend__item[data-status="cleared"] .legend__label')).toHaveText(
    'Validée par le GTIS',
  );
  // A label the data gives only in English is marked as English.
  await expect(page.locator('.legend__item[data-status="gap_filled"] .legend__label [lang="en"]')).toHaveText(
    'Gap-filled by the secretariat',
  );
  await expect(page.getByTestId('legend-progress')).toHaveText('2 sur 22 validées');
});

test('the country page gives each status’s description as the next step', async ({ page }) => {
  await page.goto('?view=country&country=IND');
  const gsnmap = page.locator('.product-status[data-product="gsnmap"]');
  await expect(gsnmap).toHaveAttribute('data-status', 'quality_checks');
  await expect(gsnmap.locator('.product-status__next')).toContainText(
    'The secretariat is checking the national map; answer its questions.',
  );
  await expect(
    page.locator('.product-status[data-product="glosolan"] .product-status__status'),
  ).toContainText('Registered');
});
