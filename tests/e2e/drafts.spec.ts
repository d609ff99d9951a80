import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, legend, recordChange as record, test, waitForMap } from './fixtures';

// 10 May 2024, mid-morning in Kathmandu: the form's "today".
test.use({ timezoneId: 'Asia/Kathmandu' });
const NOW = '2024-05-10T04:00:00Z';
const TODAY = '2024-05-10';
const SOURCE = 'E-mail from the focal point, 10 May 2024';
const recordChange = (page: Page, country: string, status: string, date?: string) =>
  record(page, country, status, { date, source: SOURCE });

/**
 * Pins the page's date (Playwright's clock would also stop performance marks, which say when
 * the map has painted): `new Date()` and `Date.now()` give NOW, the rest of Date as it is.
 */
async function pinDate(page: Page) {
  await page.addInitScript((fixed) => {
    const Real = Date;
    const now = Real.parse(fixed);
    class Pinned extends Real {
      constructor(...args: ConstructorParameters<typeof Date> | []) {
        if (args.length === 0) super(now);
        else super(...(args as ConstructorParameters<typeof Date>));
      }
      static now() {
        return now;
      }
    }
    globalThis.Date = Pinned as DateConstructor;
  }, NOW);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

test('a change recorded in the browser shows on the map, survives a reload, downloads in records.csv and can be undone', async ({
  page,
}) => {
  const nonGet: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET') nonGet.push(`${r.method()} ${r.url()}`);
  });
  await pinDate(page);

  // Before: Pakistan has no GSOCseq record in the Asian Soil Partnership.
  await page.goto('');
  await waitForMap(page);
  expect(await legend(page)).toMatchObject({ submitted: 'Submitted 7', no_information: 'No information 10' });

  // Record it in the data view: the overview's product, today by default.
  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.getByRole('combobox', { name: 'Product' })).toHaveValue('gsocseq');
  await expect(page.getByLabel('Date the status took effect')).toHaveValue(TODAY);
  await expect(page.getByLabel('Date the status took effect')).toHaveAttribute('max', TODAY);
  await recordChange(page, 'Pakistan', 'Submitted');
  const row = page.locator('tr[data-draft]');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'applied');
  await expect(row).toContainText('Pakistan');
  await expect(row).toContainText('Shown, not published');

  // A change the records refuse is not recorded: the reason is next to the form, the focus on it.
  await recordChange(page, 'Bangladesh', 'In preparation', '2022-03-09');
  const errors = page.getByTestId('draft-errors');
  await expect(errors).toBeFocused();
  await expect(errors).toContainText('records.csv, line 2, gives Submitted on this date');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveAttribute('aria-invalid', 'true');
  await expect(row).toHaveCount(1);
  expect(await axe(page)).toEqual([]);

  // The overview: one more submitted, the draft marked in the table and the legend.
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect(await legend(page)).toMatchObject({ submitted: 'Submitted 8', no_information: 'No information 9' });
  await expect(page.getByTestId('drafts-shown')).toHaveText(/Includes 1 local draft, not published\./);
  await page.getByRole('button', { name: 'Show the map as a table' }).click();
  const pakistan = page.locator('.map-table__table tr[data-iso3="PAK"]');
  await expect(pakistan).toContainText('Submitted');
  await expect(pakistan).toContainText('Local draft, not published');
  await expect(page.locator('.map-table__table tr[data-iso3="NPL"]')).not.toContainText('Local draft');

  // Reloaded: still there, in the map's tooltip and the panel.
  await page.goto('?country=PAK');
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 8');
  await page.waitForTimeout(800); // the zoom to Pakistan
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.locator('.map__tooltip');
  await expect(tooltip).toContainText('Pakistan');
  await expect(tooltip).toContainText('Local draft, not published');
  await expect(page.locator('section.panel [data-product="gsocseq"]')).toContainText(
    'Local draft, not published',
  );

  // records.csv with the draft: the site's file as it is, the row added with its product.
  await page.getByRole('link', { name: 'Data' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download records.csv' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('records.csv');
  const path = (await download.path())!;
  const csv = readFileSync(path, 'utf8');
  const site = readFileSync('public/data/records.csv', 'utf8').split('\n');
  const lines = csv.split('\n');
  // Every line of the site's file kept byte for byte (no mark, no CRLF added): the one change is the row.
  expect(lines).toEqual([
    ...site.slice(0, 15),
    `gsocseq,PAK,submitted,${TODAY},,"${SOURCE}"`,
    ...site.slice(15),
  ]);
  expect(lines[16]).toMatch(/^gsasmap,CHN,/);

  // Opened as a records file: nothing to report, the change is in the file (not a draft there).
  await page
    .locator('#records-file')
    .setInputFiles({ name: 'records.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('records-source')).toContainText('Showing your file “records.csv”');
  await expect(page.locator('tr[data-file="records.csv"]')).toContainText('25');
  await expect(page.getByText('Every row could be used.')).toBeVisible();
  await expect(page.locator('tr[data-draft]')).toHaveCount(0);
  await expect(
    page.getByText(/1 draft is kept for other records \(the site’s records \(1\)\)/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 8');
  await expect(page.getByTestId('drafts-shown')).toHaveCount(0);

  // Back to the site's records: the draft again; undone, the count goes back.
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Back to the site’s records' }).click();
  await expect(row).toHaveAttribute('data-state', 'applied');
  await page.getByRole('button', { name: 'Undo the draft for Pakistan, GSOCseq' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '0 local drafts' })).toBeFocused();
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect(await legend(page)).toMatchObject({ submitted: 'Submitted 7', no_information: 'No information 10' });
  await page.reload();
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 7');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('drafts')))).toEqual(
    [],
  );
  expect(nonGet).toEqual([]);
});

test('a stored draft the records now refuse is shown with its reason; edit and discard all', async ({
  page,
}) => {
  await pinDate(page);
  // Kept from an earlier visit: one fine, one contradicting the site's file, one for a file opened.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const row = (id: string, country: string, status: string, date: string) => ({
      id,
      product: 'gsocseq',
      country,
      status,
      date,
      note: '',
      source: 's',
    });
    localStorage.setItem(
      'gsp-status.drafts.v1.site',
      JSON.stringify({
        version: 1,
        drafts: [row('a', 'AFG', 'in_preparation', '2024-05-01'), row('b', 'NPL', 'submitted', '2022-03-09')],
      }),
    );
    localStorage.setItem(
      'gsp-status.drafts.v1.file:other.csv',
      JSON.stringify({ version: 1, drafts: [row('c', 'PAK', 'submitted', '2024-05-01')] }),
    );
  });
  await page.goto('?view=data&lang=ar');
  await expect(page.locator('tr[data-draft]')).toHaveCount(2);
  expect(await axe(page)).toEqual([]);
  await page.goto('?view=data');
  await expect(page.locator('tr[data-draft="a"]')).toHaveAttribute('data-state', 'applied');
  const refused = page.locator('tr[data-draft="b"]');
  await expect(refused).toHaveAttribute('data-state', 'refused');
  await expect(refused).toContainText('Not shown: records.csv, line 13, gives In preparation on this date');

  // Edited to another date, it is accepted.
  await page.getByRole('button', { name: 'Edit the draft for Nepal, GSOCseq' }).click();
  await expect(page.getByRole('heading', { name: 'Edit a local draft' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('Nepal');
  await page.getByLabel('Date the status took effect').fill('2024-05-02');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(refused).toHaveAttribute('data-state', 'applied');
  await expect(page.getByRole('heading', { name: 'Edit a local draft' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Record a change' })).toBeVisible();

  // On the country page too.
  await page.goto('?view=country&country=NPL');
  await expect(page.locator('article [data-product="gsocseq"]')).toContainText('Local draft, not published');
  await expect(page.locator('article [data-product="gsasmap"]')).not.toContainText('Local draft');

  // Discard all, once confirmed; the file's drafts are left alone.
  await page.goto('?view=data');
  await page.getByRole('button', { name: 'Discard all drafts' }).click();
  await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await page.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(page.locator('tr[data-draft]')).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByText('No change has been recorded in this browser for these records.'),
  ).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gsp-status.drafts'))),
  ).toEqual(['gsp-status.drafts.v1.file:other.csv']);
});

test('without storage, drafts still work for the session and a notice says they will not be kept', async ({
  page,
}) => {
  await pinDate(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('?view=data');
  await recordChange(page, 'Pakistan', 'Submitted');
  await expect(page.locator('tr[data-draft]')).toHaveAttribute('data-state', 'applied');
  await expect(page.getByText(/This browser cannot keep drafts/)).toBeVisible();
});

test('drafts belong to the file they were recorded on: switching between two opened files never shows, checks or keeps one file’s drafts under the other', async ({
  page,
}) => {
  await pinDate(page);
  const site = readFileSync('public/data/records.csv', 'utf8');
  const open = (name: string) =>
    page.locator('#records-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(site) });
  const drafts = page.locator('tr[data-draft]');
  const stored = () =>
    page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage)
          .filter((k) => k.includes('drafts'))
          .map((k) => [k, (JSON.parse(localStorage.getItem(k)!) as { drafts: unknown[] }).drafts.length]),
      ),
    );

  await page.goto('?view=data&product=gsocseq');
  await open('first.csv');
  await expect(page.getByTestId('records-source')).toContainText('“first.csv”');
  await recordChange(page, 'Pakistan', 'Submitted', TODAY);
  await expect(drafts).toHaveCount(1);

  // The second file: none of the first file's drafts, on screen or in its storage.
  await open('second.csv');
  await expect(page.getByTestId('records-source')).toContainText('“second.csv”');
  await expect(drafts).toHaveCount(0);
  await expect(page.getByText(/1 draft is kept for other records \(first\.csv \(1\)\)/)).toBeVisible();
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 7');
  await expect(page.getByTestId('drafts-shown')).toHaveCount(0);

  // A draft of its own is kept under its own key; the first file's is untouched.
  await page.getByRole('link', { name: 'Data' }).click();
  await recordChange(page, 'Maldives', 'In preparation', TODAY);
  await expect(drafts).toHaveCount(1);
  await expect(drafts).toContainText('Maldives');
  expect(await stored()).toEqual({
    'gsp-status.drafts.v1.file:first.csv': 1,
    'gsp-status.drafts.v1.file:second.csv': 1,
  });

  // Back to the first file: its own draft, and only it.
  await open('first.csv');
  await expect(drafts).toHaveCount(1);
  await expect(drafts).toContainText('Pakistan');
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 8');
});
