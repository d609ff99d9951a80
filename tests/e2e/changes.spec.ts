import { readFile } from 'node:fs/promises';
import { expect, test, waitForMap } from './fixtures';

// The site's records with one record added: Nepal submitted its GSOCseq map on 2 May 2022.
test.beforeEach(async ({ page }) => {
  const records = await readFile('public/data/records.csv', 'utf8');
  const added = `${records.trimEnd()}\ngsocseq,NPL,submitted,2022-05-02,Map received by e-mail,GSP secretariat\n`;
  await page.route('**/data/records.csv', (route) =>
    route.fulfill({ body: added, contentType: 'text/csv; charset=utf-8' }),
  );
});

test('the changes view lists the added record since the previous record date, by default', async ({
  page,
}) => {
  await page.goto('?view=changes');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'What changed in Asian Soil Partnership between 9 March 2022 and 2 May 2022',
  );
  await expect(page.getByLabel('Changes since')).toHaveValue('2022-03-09');
  const gsocseq = page.locator('section[data-product="gsocseq"]');
  await expect(gsocseq.getByTestId('changes-headline')).toHaveText(
    '1 new submission to GSOCseq v1.1 since 9 March 2022',
  );
  const row = gsocseq.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-iso3', 'NPL');
  await expect(row).toContainText('2 May 2022');
  await expect(row).toContainText('Nepal');
  await expect(row).toHaveAttribute('data-from', 'in_preparation');
  await expect(row).toHaveAttribute('data-to', 'submitted');
  // Read aloud as "In preparation to Submitted"; the arrow is for the eye.
  await expect(row.locator('.changes__from-to')).toHaveText(/In preparation\s*→\s*to\s*Submitted/);
  await expect(row).toContainText('Map received by e-mail');
  await expect(row).toContainText('GSP secretariat');
  await expect(page.locator('section[data-product="gsasmap"]')).toContainText(
    'No status changed for GSASmap',
  );

  // An earlier date: everything recorded on 9 March counts too; the URL keeps it.
  await page.getByLabel('Changes since').fill('2022-01-01');
  await expect(page).toHaveURL(/since=2022-01-01/);
  await expect(gsocseq.getByTestId('changes-headline')).toHaveText(
    '8 new submissions to GSOCseq v1.1 since 1 January 2022',
  );
  // Nepal started, then submitted: two rows, one country among the 8 new submissions.
  await expect(gsocseq.locator('tbody tr[data-iso3="NPL"]')).toHaveCount(2);
  await page.getByRole('button', { name: /Previous record date \(9 March 2022\)/ }).click();
  await expect(page).not.toHaveURL(/since=/);
});

test('on the overview, the legend shows the change per status and the map outlines the changed country', async ({
  page,
}) => {
  await page.goto('?view=changes');
  await page.getByRole('button', { name: 'Show the changes on the map' }).click();
  await expect(page).toHaveURL(/since=2022-03-09/);
  await waitForMap(page);
  const item = (status: string) => page.locator(`.legend__item[data-status="${status}"]`);
  await expect(item('submitted')).toHaveText(/Submitted\s*8\s*\(\+1\)/);
  await expect(item('in_preparation')).toHaveText(/In preparation\s*6\s*\(-1\)/);
  await expect(item('no_information').locator('.legend__change')).toHaveCount(0);
  await expect(page.getByTestId('legend-since')).toContainText('1 country changed');
  await expect(page.locator('[data-marked]')).toHaveCount(1);
  await expect(page.locator('[data-marked]')).toHaveAttribute('data-marked', 'NPL');

  await page.getByRole('button', { name: 'Hide changes' }).click();
  await expect(page).not.toHaveURL(/since=/);
  await expect(page.locator('.legend__change')).toHaveCount(0);
  await expect(page.locator('[data-marked]')).toHaveCount(0);
});

test('present mode follows each product with the slide of its changes', async ({ page }) => {
  await page.goto('?view=present&since=2022-03-09');
  await expect(page.locator('.present')).toHaveAttribute('data-slide', 'map');
  await expect(page.getByText('2 / 7')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present')).toHaveAttribute('data-slide', 'changes');
  await expect(page).toHaveURL(/slide=changes/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'GSOCseq v1.1: what changed since 9 March 2022',
  );
  await expect(page.getByTestId('headline')).toHaveText(
    '1 new submission to GSOCseq v1.1 since 9 March 2022',
  );
  await expect(page.locator('.present__changes li[data-kind="submitted"]')).toHaveText('Submitted Nepal');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present')).toHaveAttribute('data-product', 'gsasmap');
  await expect(page.locator('.present')).toHaveAttribute('data-slide', 'map');
  await page.keyboard.press('End');
  await expect(page.getByText('7 / 7')).toBeVisible();
  await expect(page.getByTestId('headline')).toHaveText('No new submission to GBSmap since 9 March 2022');
});

test('a since date that is not a date is dropped with a notice', async ({ page }) => {
  await page.goto('?since=2022-02-30');
  await expect(page.getByRole('status').filter({ hasText: '2022-02-30' })).toBeVisible();
  await expect(page).not.toHaveURL(/since=/);
});
