import { centrePixel, expect, hex, legend, test, waitForMap, waitForWebGL } from './fixtures';
import { STATUS_COLORS } from '../../src/shared/palette';

const distance = (a: string, b: string) => {
  const n = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [x, y] = [n(a), n(b)];
  return Math.max(...x.map((v, i) => Math.abs(v - y[i]!)));
};

test('the map paints with the counts of Figure 1', async ({ page }) => {
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  expect(await legend(page)).toEqual({
    submitted: 'Submitted 7',
    in_preparation: 'In preparation 7',
    not_submitted: 'Not submitted 0',
    not_applicable: 'Not applicable 0',
    no_information: 'No information 10',
  });
  expect(await page.evaluate(() => performance.getEntriesByName('map-ready').length)).toBe(1);
  await expect(page.getByText(/do not imply the expression of any opinion/)).toBeVisible();
});

test('switching product changes legend counts and map colours, not the geometry', async ({ page }, info) => {
  const boundaryRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('boundaries.json')) boundaryRequests.push(r.url());
  });
  // With WebGL, on the WebGL map (asked for: this machine's WebGL is software).
  await page.goto(`?country=MNG${info.project.name === 'no-webgl' ? '' : '&renderer=webgl'}`);
  await waitForMap(page);
  if (info.project.name !== 'no-webgl') await waitForWebGL(page);
  await page.waitForTimeout(800); // the zoom to Mongolia
  expect(distance(hex(await centrePixel(page)), STATUS_COLORS.in_preparation)).toBeLessThan(8);

  await page.getByRole('radio', { name: 'GSASmap' }).check({ force: true });
  await expect(
    page.getByRole('list', { name: 'Legend' }).getByRole('button', { name: /Not submitted/ }),
  ).toHaveText(/Not submitted\s*8/);
  const legendGsas = await legend(page);
  expect(legendGsas.submitted).toBe('Submitted 1');
  await expect
    .poll(async () => distance(hex(await centrePixel(page)), STATUS_COLORS.in_preparation))
    .toBeGreaterThan(40);

  await page.getByRole('radio', { name: 'GBSmap' }).check({ force: true });
  await expect(
    page.getByRole('list', { name: 'Legend' }).getByRole('button', { name: /In preparation/ }),
  ).toHaveText(/In preparation\s*1/);
  await expect
    .poll(async () => distance(hex(await centrePixel(page)), STATUS_COLORS.in_preparation))
    .toBeLessThan(8);

  expect(boundaryRequests).toHaveLength(1);
  if ((await page.getByTestId('map').getAttribute('data-map-mode')) === 'webgl') {
    await expect(page.getByTestId('map').locator('[data-geometry-loads]')).toHaveAttribute(
      'data-geometry-loads',
      '1',
    );
  }
});

test('hover shows a tooltip, click opens the country panel', async ({ page }) => {
  await page.goto('?country=MNG');
  await waitForMap(page);
  await page.waitForTimeout(800); // the zoom to Mongolia
  const box = (await page.getByTestId('map').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const tooltip = page.locator('.map__tooltip');
  await expect(tooltip).toContainText('Mongolia');
  await expect(tooltip).toContainText('In preparation');

  // Back to the region; then whatever country is under the pointer opens on click.
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page).not.toHaveURL(/country=/);
  await page.waitForTimeout(1000); // the zoom back to the region
  await page.mouse.move(centre.x - 40, centre.y);
  await page.mouse.move(centre.x, centre.y);
  await expect(tooltip).toBeVisible();
  const name = (await tooltip.locator('strong').textContent())!;
  await page.mouse.click(centre.x, centre.y);
  const panel = page.getByRole('region', { name: new RegExp(name) });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/country=[A-Z]{3}/);
  await expect(panel.locator('[data-product]')).toHaveCount(3);
});

for (const [query, iso3, name] of <const>[
  ['Tuvalu', 'TUV', 'Tuvalu'],
  ['Singapore', 'SGP', 'Singapore'],
  ['MDV', 'MDV', 'Maldives'],
]) {
  test(`search finds and selects ${name}`, async ({ page }) => {
    await page.goto('');
    await waitForMap(page);
    const box = page.getByRole('combobox', { name: 'Find a country' });
    await box.fill(query);
    await expect(
      page.getByRole('listbox', { name: 'Find a country' }).getByRole('option', { name: new RegExp(name) }),
    ).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`country=${iso3}`));
    await expect(page.getByRole('region', { name: new RegExp(name) })).toBeVisible();
  });
}

test('the URL round-trips through reload, back and forward', async ({ page }) => {
  await page.goto('?product=gsasmap&region=un-south-eastern-asia&country=VNM&asof=2022-03-09');
  await waitForMap(page);
  const before = await legend(page);
  expect(before.not_submitted).toBe('Not submitted 4'); // VNM, MYS, SGP, IDN
  await page.reload();
  await waitForMap(page);
  expect(await legend(page)).toEqual(before);
  await expect(page.getByRole('region', { name: /Viet ?nam/i })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('un-south-eastern-asia');

  await page.getByRole('radio', { name: 'GSOCseq' }).check({ force: true });
  await expect(page).toHaveURL(/product=gsocseq/);
  await page.goBack();
  await expect(page).toHaveURL(/product=gsasmap/);
  await expect(page.getByRole('radio', { name: 'GSASmap' })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'GSOCseq' })).toBeChecked();
});

test('an unknown value falls back with a notice, never a blank page', async ({ page }) => {
  await page.goto('?product=nonsense&view=elsewhere');
  await waitForMap(page);
  await expect(page.getByText('There is no product “nonsense”; showing GSOCseq.')).toBeVisible();
  await expect(page.getByText('There is no view “elsewhere”; showing the overview.')).toBeVisible();
  expect((await legend(page)).submitted).toBe('Submitted 7');
});

test('the SVG map paints first; WebGL takes over when asked for or drawn by a graphics chip', async ({
  page,
}, testInfo) => {
  const map = page.getByTestId('map');
  const notice = page.getByText(/cannot draw the interactive WebGL map/);
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (/WebGLMap/.test(r.url())) chunks.push(r.url());
  });
  await page.goto('?product=gsasmap');
  await waitForMap(page);
  await expect(map).toHaveAttribute('data-map-mode', 'svg');
  await expect(map.locator('path[data-iso3="CHN"]')).toHaveAttribute('data-status', 'not_submitted');
  await expect(map.locator('path[data-iso3="BGD"]')).toHaveAttribute('data-status', 'submitted');
  // Without WebGL, or with software WebGL only (as on this machine), the SVG map stays.
  await expect(map).toHaveAttribute('data-renderer', 'none');
  await expect(map).toHaveAttribute('data-map-mode', 'svg');
  expect(chunks).toEqual([]);
  if (testInfo.project.name === 'no-webgl') return;
  await expect(notice).toHaveCount(0);
  await page.goto('?product=gsasmap&renderer=webgl');
  await waitForWebGL(page);
  await expect(map).toHaveAttribute('data-map-mode', 'webgl');
  await expect(map.locator('canvas')).toHaveCount(1);
  await expect(notice).toHaveCount(0);
});

test('every product at a glance: one map per product with its headline and counts; a map opens it', async ({
  page,
}) => {
  await page.goto('?product=all&region=asp');
  await expect(page.getByRole('radio', { name: 'All products' })).toBeChecked();
  const cards = page.locator('.all-products__card');
  await expect(cards).toHaveCount(3);
  await expect(page.getByTestId('glance-headline')).toHaveText([
    '7 of 24 submitted',
    '1 of 24 submitted',
    '0 of 24 submitted',
  ]);
  await expect(cards.nth(1).locator('.all-products__counts li')).toHaveText([/1$/, /8$/, /15$/]);
  // Each map in its product's colours: China has no information on GSOCseq, owes GSASmap.
  await expect(cards.nth(0).locator('path[data-iso3="CHN"]')).toHaveAttribute(
    'data-status',
    'no_information',
  );
  await expect(cards.nth(1).locator('path[data-iso3="CHN"]')).toHaveAttribute('data-status', 'not_submitted');
  expect(await page.evaluate(() => performance.getEntriesByName('map-ready').length)).toBe(1);
  await page.getByRole('button', { name: 'Open the map of GSASmap' }).click();
  await expect(page).toHaveURL(/product=gsasmap/);
  await waitForMap(page);
  expect((await legend(page)).not_submitted).toBe('Not submitted 8');
});

test("a legend click keeps one status on the map and in the map's table; Escape shows all again", async ({
  page,
}) => {
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Show the map as a table' }).click();
  const rows = page.getByRole('table', { name: /the status of each country/ }).locator('tbody tr');
  await expect(rows).toHaveCount(24);
  const submitted = page.locator('.legend__item[data-status="submitted"]');
  await submitted.click();
  await expect(submitted).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/status=submitted/);
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId('legend-filter')).toHaveText(/Only “Submitted” shown: 7 countries/);
  // A status no country has cannot be chosen.
  const none = page.locator('.legend__item[data-status="not_submitted"]');
  await expect(none).toHaveAttribute('aria-disabled', 'true');
  // (Playwright waits for an aria-disabled element to be enabled: the click is forced, as a
  // pointer's would be.)
  await none.click({ force: true });
  await expect(page).toHaveURL(/status=submitted/);
  await expect(rows).toHaveCount(7);
  await submitted.focus();
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/status=/);
  await expect(rows).toHaveCount(24);
  await expect(submitted).toHaveAttribute('aria-pressed', 'false');
});
