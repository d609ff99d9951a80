import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// GSASmap due on 1 March 2022 in every region, and on 1 April 2022 in the ASP; today is 10 April.
test.beforeEach(async ({ page }) => {
  const products = JSON.parse(await readFile('public/data/products.json', 'utf8')) as { id: string }[];
  const withDeadline = products.map((p) =>
    p.id === 'gsasmap' ? { ...p, deadline: '2022-03-01', deadlines: { asp: '2022-04-01' } } : p,
  );
  await page.route('**/data/products.json', (route) => route.fulfill({ json: withDeadline }));
  await page.clock.setFixedTime(new Date(2022, 3, 10, 12));
});

test("outstanding: each overdue row says by how many days, after the region's deadline or the product's", async ({
  page,
}) => {
  await page.goto('?view=outstanding&product=gsasmap&region=asp');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(23);
  // The ASP's own deadline, 1 April: nine days late on 10 April.
  await expect(page.locator('td[data-overdue]')).toHaveCount(23);
  await expect(rows.first()).toContainText('1 April 2022');
  await expect(rows.first()).toContainText('Overdue by 9 days');
  await expect(page.getByRole('status').filter({ hasText: 'maps still owed' })).toContainText('23 overdue');

  // Elsewhere the product's deadline applies: 1 March, 40 days.
  await page.goto('?view=outstanding&product=gsasmap&region=world');
  await expect(page.locator('td[data-overdue]').first()).toHaveText('Overdue by 40 days');

  // GSOCseq has no deadline: nothing overdue, no deadline columns for it alone.
  await page.goto('?view=outstanding&product=gsocseq&region=asp');
  await expect(page.locator('td[data-overdue]')).toHaveCount(0);
});

test('the overview, present mode and the country page say what is overdue', async ({ page }) => {
  // (The clock is fixed, so this waits on the legend, not on the map's paint.)
  await page.goto('?product=gsasmap&region=asp');
  await expect(page.getByTestId('overdue')).toHaveText('23 maps past the deadline of 1 April 2022');
  await page.goto('?product=gsocseq&region=asp');
  await expect(page.locator('.legend__item[data-status="submitted"]')).toContainText('7');
  await expect(page.getByTestId('overdue')).toHaveCount(0);

  await page.goto('?view=present&product=gsasmap&region=asp');
  await expect(page.getByTestId('overdue')).toHaveText('23 maps past the deadline of 1 April 2022');

  await page.goto('?view=country&country=KOR');
  const gsasmap = page.locator('[data-product="gsasmap"]');
  // The Republic of Korea is in the ASP, whose own deadline (1 April) replaces the product's.
  await expect(gsasmap.locator('[data-deadline]')).toHaveText('Due by 1 April 2022 · Overdue by 9 days');
  await expect(page.locator('[data-product="gsocseq"] [data-deadline]')).toHaveCount(0);
  // Australia is in no region with a deadline of its own: the product's, 1 March.
  await page.goto('?view=country&country=AUS');
  await expect(page.locator('[data-product="gsasmap"] [data-deadline]')).toHaveText(
    'Due by 1 March 2022 · Overdue by 40 days',
  );
});

test('as of a date chosen, lateness is counted on that date', async ({ page }) => {
  await page.goto('?view=outstanding&product=gsasmap&region=asp&asof=2022-04-05');
  await expect(page.locator('td[data-overdue]').first()).toHaveText('Overdue by 4 days');
});
