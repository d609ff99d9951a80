import { readFileSync } from 'node:fs';
import { COORDINATOR_CSV, LEFT_OUT } from './coordinatorExport';
import { expect, legend, test, waitForMap } from './fixtures';

async function expectReport(page: import('@playwright/test').Page) {
  const errors = page.locator('.data-view__report tr[data-severity="error"]');
  await expect(errors).toHaveCount(LEFT_OUT.length);
  const got = await errors.evaluateAll((rows) =>
    rows.map((r) => [Number(r.getAttribute('data-line')), r.getAttribute('data-code')]),
  );
  expect(got).toEqual(LEFT_OUT);
  const file = page.locator('tr[data-file="coordinator-export.csv"]');
  await expect(file).toContainText('18'); // rows read (line 5 holds a two-line note)
  // Rows left out: each reported row, and line 18, the first row of line 19's conflict.
  const leftOut = LEFT_OUT.length + 1;
  await expect(file.locator('td').nth(4)).toHaveText(String(leftOut));
  await expect(page.locator('.problems li[data-file="coordinator-export.csv"]')).toContainText(
    `coordinator-export.csv: ${leftOut} rows could not be used`,
  );
}

test('a coordinator’s own export: BOM, “;”, CRLF, names; valid rows shown, broken rows reported, nothing runs', async ({
  page,
}) => {
  const nonGet: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET') nonGet.push(`${r.method()} ${r.url()}`);
  });
  await page.goto('?view=data');
  await page.locator('#records-file').setInputFiles(COORDINATOR_CSV);
  await expect(page.getByTestId('records-source')).toContainText('coordinator-export.csv');
  await expect(page.getByTestId('records-source')).toContainText('nothing was uploaded');
  await expectReport(page);
  // Names read as codes are reported as warnings, with the line, for each row that was read:
  // the six kept rows and Bhutan's two (then left out as a conflict).
  await expect(page.locator('tr[data-code="country-read-as"]')).toHaveCount(8);
  // Line 11's 09/03/2022 is read day first, and the other reading is named.
  await expect(page.locator('tr[data-line="11"][data-code="date-read-as"]')).toContainText(
    'read as day/month/year: 9 March 2022, not 3 September 2022',
  );
  await expect(page.locator('tr[data-code="extra-columns"]')).toHaveCount(1);
  // The notice at the top names the first rows left out, not the warnings before them.
  await expect(page.locator('.problems__issues li')).toHaveText([
    'coordinator-export.csv, line 8, country “Atlantis”: unknown country',
    'coordinator-export.csv, line 9, status “Done”: unknown status; gsocseq takes submitted, in_preparation, not_submitted, not_applicable',
    'coordinator-export.csv, line 10, product “NoSuchMap”: unknown product',
    'coordinator-export.csv, line 12, date “”: missing date',
    'coordinator-export.csv, line 13, date “2099-01-01”: date in the future: 1 January 2099',
  ]);

  // The valid rows are on the map.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('radio', { name: 'GSASmap' }).check({ force: true });
  await waitForMap(page);
  const counts = await legend(page);
  expect(counts.not_submitted).toBe('Not submitted 2'); // LAO, PRK
  expect(counts.in_preparation).toBe('In preparation 1'); // VNM
  await page.getByRole('radio', { name: 'GSOCseq' }).check({ force: true });
  expect((await legend(page)).submitted).toBe('Submitted 2'); // BGD, NPL; Bhutan's conflict left out

  // Hostile notes are text.
  await page.goto('?view=outstanding&product=gsasmap'); // a fresh page: the file opened is kept
  expect(await page.title()).not.toBe('pwned');
  expect(nonGet).toEqual([]);
});

test('notes with markup stay text on every view', async ({ page }) => {
  await page.goto('?view=data');
  await page.locator('#records-file').setInputFiles(COORDINATOR_CSV);
  await expectReport(page);
  await page.getByRole('link', { name: 'Outstanding' }).click();
  await page.getByRole('checkbox', { name: 'No information' }).uncheck();
  await expect(page.getByText("<script>document.title='pwned'</script>")).toBeVisible();
  await expect(page.getByText(`<img src=x onerror="document.title='pwned'">`)).toBeVisible();
  await page.getByRole('link', { name: 'Country' }).click();
  await page.getByRole('combobox', { name: 'Find a country' }).fill('Lao');
  await page.getByRole('combobox', { name: 'Find a country' }).press('Enter');
  await expect(page.getByRole('article')).toContainText("<script>document.title='pwned'</script>");
  expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  expect(await page.title()).not.toBe('pwned');
  // A link in data that is not http, https or mailto is not a link.
  await page.getByRole('combobox', { name: 'Find a country' }).fill('Republic of Korea');
  await page.getByRole('combobox', { name: 'Find a country' }).press('Enter');
  await expect(page.getByRole('article')).toContainText('javascript:alert(1)');
  expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
});

test('?records=<url> reads records from another address, with the same checks', async ({ page }) => {
  await page.route('**/elsewhere/export.csv', (route) =>
    route.fulfill({ body: readFileSync(COORDINATOR_CSV), headers: { 'content-type': 'text/csv' } }),
  );
  await page.goto('?view=data&records=elsewhere/export.csv');
  await expect(page.getByTestId('records-source')).toContainText('elsewhere/export.csv');
  const errors = page.locator('.data-view__report tr[data-severity="error"]');
  await expect(errors).toHaveCount(LEFT_OUT.length);
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 2'); // BGD, NPL (line 11, day first)
});

test('the template downloads with the columns the reader expects', async ({ page }) => {
  await page.goto('?view=data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a template (CSV)' }).click(),
  ]);
  // Written like every download: BOM and CRLF, as Excel expects.
  expect(readFileSync((await download.path())!, 'utf8')).toBe(
    '\uFEFFproduct,country,status,date,note,source\r\n',
  );
});

for (const [timezoneId, instant, accepted] of <const>[
  // 01:45 on 10 March in Kathmandu: a record dated 10 March is today's, not the future's.
  ['Asia/Kathmandu', '2022-03-09T20:00:00Z', true],
  // 19:00 on 9 March in Los Angeles: 10 March is still tomorrow.
  ['America/Los_Angeles', '2022-03-10T03:00:00Z', false],
]) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test(`a record dated 10 March is ${accepted ? 'accepted' : 'a future date'} at ${instant}`, async ({
      page,
    }) => {
      await page.clock.setFixedTime(instant);
      await page.route(/data\/records\.csv$/, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/csv',
          body: 'product,country,status,date,note,source\ngsocseq,NPL,submitted,2022-03-10,,e-mail\n',
        }),
      );
      await page.goto('?view=data');
      const report = page.locator('.data-view__report tr[data-code="future-date"]');
      await expect(page.locator('tr[data-file="records.csv"]')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
      await expect(report).toHaveCount(accepted ? 0 : 1);
      // The as-of picker goes no further than the user's today.
      await page.goto('?view=outstanding');
      await expect(page.locator('input[type="date"]')).toHaveAttribute(
        'max',
        accepted ? '2022-03-10' : '2022-03-09',
      );
    });
  });
}

test('a note of 6,000 characters: kept with a warning on its line, shown shortened with a way to read it all', async ({
  page,
}) => {
  const note = `Long e-mail. ${'The national map is being revised. '.repeat(170)}End.`;
  const csv = [
    'product,country,status,date,note,source',
    'gsocseq,NPL,in_preparation,2022-03-09,short note,report',
    `gsocseq,BTN,not_submitted,2022-03-09,"${note}",report`,
  ].join('\n');
  await page.goto('?view=data');
  await page
    .locator('#records-file')
    .setInputFiles({ name: 'long-note.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const warning = page.locator('tr[data-line="3"][data-code="long-note"]');
  await expect(warning).toContainText(
    `a note of ${note.length.toLocaleString('en')} characters, more than 500: kept whole, shown shortened`,
  );

  await page.getByRole('link', { name: 'Outstanding' }).click();
  const row = page.locator('tr[data-iso3="BTN"][data-product="gsocseq"]');
  await expect(row).toBeVisible();
  expect((await row.boundingBox())!.height).toBeLessThan(200);
  await row.getByRole('button', { name: 'Read all' }).click();
  await expect(row).toContainText('End.');
  await row.getByRole('button', { name: 'Show less' }).click();
  await expect(row).not.toContainText('End.');

  // The downloaded CSV keeps the whole note.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const body = readFileSync((await download.path())!, 'utf8');
  expect(body).toContain('End.');

  await row.getByRole('button', { name: 'Bhutan' }).click();
  const article = page.getByRole('article', { name: /Bhutan/ });
  await expect(article.getByRole('button', { name: 'Read all' })).toBeVisible();
  expect((await article.boundingBox())!.height).toBeLessThan(900);
});

test('a file opened stays across a reload, in this browser, until “Back to the site’s records”', async ({
  page,
}) => {
  await page.goto('?view=data');
  await page.locator('#records-file').setInputFiles(COORDINATOR_CSV);
  const source = page.getByTestId('records-source');
  await expect(source).toContainText('coordinator-export.csv');
  await expect(page.getByTestId('records-kept')).toContainText('kept in this browser');

  await page.reload();
  await expect(source).toContainText('coordinator-export.csv');
  await expectReport(page);
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 2'); // the file's, not the site's 7

  // Another view opened afresh shows it too.
  await page.goto('?product=gsocseq');
  await waitForMap(page);
  await expect.poll(async () => (await legend(page)).submitted).toBe('Submitted 2');
  // The embedded map, as a partnership's page shows it, keeps to the site's records.
  await page.goto('?product=gsocseq&embed=1');
  await waitForMap(page);
  await expect.poll(async () => (await legend(page)).submitted).toBe('Submitted 7');

  await page.goto('?view=data');
  await page.getByRole('button', { name: 'Back to the site’s records' }).click();
  await expect(source).toContainText('Showing the records of this site');
  await page.reload();
  await expect(source).toContainText('Showing the records of this site');
  await page.goto('?product=gsocseq');
  await waitForMap(page);
  await expect.poll(async () => (await legend(page)).submitted).toBe('Submitted 7');
});
