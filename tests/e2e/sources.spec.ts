import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, legend, recordChange, test, waitForMap } from './fixtures';

/**
 * site.json lists several records sources: here the shipped records split into one file for
 * South-eastern Asia and one for the rest, as partnerships or sub-regions would each keep their own.
 */
async function split(page: Page, { withGone = false } = {}) {
  const [header, ...rows] = (await readFile('public/data/records.csv', 'utf8')).trimEnd().split('\n');
  const regions = JSON.parse(await readFile('public/data/regions.json', 'utf8')) as {
    regions: { id: string; members: string[] }[];
  };
  const southEast = new Set(regions.regions.find((r) => r.id === 'un-south-eastern-asia')!.members);
  const inSouthEast = (row: string) => southEast.has(row.split(',')[1]!);
  const files: Record<string, string> = {
    'records/south-eastern-asia.csv': [header, ...rows.filter(inSouthEast)].join('\n'),
    'records/others.csv': [header, ...rows.filter((r) => !inSouthEast(r))].join('\n'),
  };
  // Both hold records: the merge is tested, not one file beside an empty one.
  for (const body of Object.values(files)) expect(body.split('\n').length).toBeGreaterThan(2);
  const sources = [...Object.keys(files), ...(withGone ? ['records/eurosoil.csv'] : [])];
  await page.route('**/data/site.json', (route) => route.fulfill({ json: { records: sources } }));
  for (const [name, body] of Object.entries(files))
    await page.route(`**/data/${name}`, (route) =>
      route.fulfill({
        body,
        contentType: 'text/csv',
        headers: { 'last-modified': 'Tue, 01 Mar 2022 10:00:00 GMT' },
      }),
    );
  return files;
}

test('the records split into one file per sub-region give exactly the counts of the single file', async ({
  page,
}) => {
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  const single = await legend(page);

  await split(page);
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  expect(await legend(page)).toEqual(single);
  await expect(page.locator('.app__footer')).toContainText('Records last updated: 1 March 2022.');

  // The data view lists each source with its rows and dates.
  await page.getByRole('link', { name: 'Data' }).click();
  const southEast = page.locator('tr[data-file="records/south-eastern-asia.csv"]');
  await expect(southEast).toHaveAttribute('data-state', 'ready');
  await expect(southEast).toContainText('1 March 2022');
  await expect(page.locator('tr[data-file="records/others.csv"]')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('tr[data-file="records.csv"]')).toHaveCount(0);
});

test.describe('a source that is gone', () => {
  // The browser's own line for the 404 this test provokes.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('is named, with a retry, and the others still show', async ({ page }) => {
    await split(page, { withGone: true });
    await page.goto('?product=gsocseq&region=asp');
    await waitForMap(page);
    await expect(page.locator('.problems li[data-file="records/eurosoil.csv"]')).toContainText(
      'records/eurosoil.csv',
    );
    await expect(page.locator('.problems li[data-file="records/eurosoil.csv"]')).toContainText(
      'Its records are not shown; those of the other sources are.',
    );
    expect((await legend(page)).submitted).toBe('Submitted 7');
    await page.getByRole('link', { name: 'Data' }).click();
    await expect(page.locator('tr[data-file="records/eurosoil.csv"]')).toHaveAttribute('data-state', 'error');
  });
});

test('the same row in two sources is counted once, with a warning; a conflict across sources leaves both rows out', async ({
  page,
}) => {
  const files = await split(page);
  const [first, second] = files['records/south-eastern-asia.csv']!.split('\n').slice(1);
  const [product, country, , date] = second!.split(',');
  const conflicting = `${product},${country},not_submitted,${date},,other partnership`;
  await page.route('**/data/site.json', (route) =>
    route.fulfill({
      json: { records: ['records/south-eastern-asia.csv', 'records/others.csv', 'records/copy.csv'] },
    }),
  );
  await page.route('**/data/records/copy.csv', (route) =>
    route.fulfill({
      body: `product,country,status,date,note,source\n${first}\n${conflicting}\n`,
      contentType: 'text/csv',
    }),
  );
  await page.goto('?view=data');
  await expect(page.locator('tr[data-file="records/copy.csv"]')).toContainText('2');
  const report = page.locator('.problems li[data-file="records/copy.csv"]');
  await expect(report).toContainText(
    'line 2: duplicate of line 2 of records/south-eastern-asia.csv; ignored',
  );
  await expect(report).toContainText(
    'line 3, status “not_submitted”: conflicts with line 3 of records/south-eastern-asia.csv (submitted); both rows left out',
  );
  await expect(page.locator('.problems li[data-file="records/south-eastern-asia.csv"]')).toContainText(
    'line 3, status “submitted”: conflicts with line 3 of records/copy.csv (not_submitted); both rows left out',
  );
});

test('the data downloads as one .zip: the records shown, products, regions, contacts without addresses, the package', async ({
  page,
}) => {
  const { unzipSync, strFromU8 } = await import('fflate');
  await page.goto('?view=data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the data (.zip)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gsp-map-submissions-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files).sort()).toEqual([
    'README.md',
    'contacts.csv',
    'datapackage.json',
    'products.json',
    'records.csv',
    'regions.json',
  ]);
  const shipped = (await readFile('public/data/records.csv', 'utf8')).trimEnd().split('\n').length;
  expect(strFromU8(files['records.csv']!).trimEnd().split('\r\n')).toHaveLength(shipped);
  expect(JSON.parse(strFromU8(files['products.json']!))).toHaveLength(3);
});

test.describe('a source published elsewhere, offline', () => {
  // The browser's own line for the connection this test cuts.
  test.use({
    expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/],
    servedElsewhere: [/^https:\/\/sheets\.example\.org\//],
  });

  test('shows its last copy, saying when it was made; the site’s own sources read as ever', async ({
    page,
  }) => {
    const files = await split(page);
    const sheet = 'https://sheets.example.org/asp/pub?output=csv';
    await page.route('**/data/site.json', (route) =>
      route.fulfill({ json: { records: [sheet, 'records/others.csv'] } }),
    );
    let online = true;
    await page.route(sheet, (route) =>
      online
        ? route.fulfill({
            body: files['records/south-eastern-asia.csv'],
            contentType: 'text/csv',
            headers: { 'access-control-allow-origin': '*' },
          })
        : route.abort('internetdisconnected'),
    );
    await page.goto('?product=gsocseq&region=asp');
    await waitForMap(page);
    const before = await legend(page);
    await expect(page.getByTestId('records-copy')).toHaveCount(0);

    online = false;
    await page.reload();
    await waitForMap(page);
    expect(await legend(page)).toEqual(before);
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(),
    );
    await expect(page.getByTestId('records-copy')).toContainText(
      `No connection: ${sheet} shown as copied on this device on ${today} at`,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('link', { name: 'Data' }).click();
    const row = page.locator(`tr[data-file="${sheet}"]`);
    await expect(row).toHaveAttribute('data-state', 'copy');
    await expect(row).toContainText(`Copy of ${today}`);
    await expect(page.locator('tr[data-file="records/others.csv"]')).toHaveAttribute('data-state', 'ready');
  });
});

test('a source whose header changed is refused with the columns found and expected; the others still show', async ({
  page,
}) => {
  await page.goto('?product=gsocseq&region=un-south-eastern-asia');
  await waitForMap(page);
  const single = await legend(page);

  const files = await split(page);
  const [, ...rows] = files['records/others.csv']!.split('\n');
  // A sheet whose "status" column was renamed: none of its rows can be read.
  const renamed = ['product,country,stage,date,note,source', ...rows].join('\n');
  await page.route('**/data/records/others.csv', (route) =>
    route.fulfill({ body: renamed, contentType: 'text/csv' }),
  );
  await page.goto('?product=gsocseq&region=un-south-eastern-asia');
  await waitForMap(page);
  const report = page.locator('.problems li[data-file="records/others.csv"]');
  await expect(report).toContainText(
    'records/others.csv, line 1: missing column(s): status. The file has product, country, stage, date, note, source; records need product, country, status, date (and may have note, source).',
  );
  await expect(report).toContainText(`Its ${rows.length} rows are left out.`);
  // South-eastern Asia's own file still shows all its records.
  expect(await legend(page)).toEqual(single);
  await page.getByRole('link', { name: 'Data' }).click();
  const row = page.locator('tr[data-file="records/others.csv"]');
  await expect(row.locator('td').nth(2)).toHaveText(String(rows.length));
  await expect(row.locator('td').nth(4)).toHaveText('1');
  await expect(page.locator('tr[data-file="records/south-eastern-asia.csv"]')).toHaveAttribute(
    'data-state',
    'ready',
  );
});

test('a change goes into the source that holds its country (else the first, or the one chosen); each changed file downloads as it is, with its rows added', async ({
  page,
}) => {
  const files = await split(page);
  await page.goto('?view=data&product=gsocseq');
  // Nepal's GSOCseq history is in the file of the rest; Pakistan has none: the first file.
  await recordChange(page, 'Nepal', 'Submitted');
  await recordChange(page, 'Pakistan', 'In preparation');
  // Sri Lanka's history is in the file of the rest, but the change is put in the other one.
  await recordChange(page, 'Sri Lanka', 'Not submitted', { file: 'records/south-eastern-asia.csv' });
  const drafts = page.locator('tr[data-draft]');
  await expect(drafts).toHaveCount(3);
  const fileOf = async (country: string) =>
    (await drafts.filter({ hasText: country }).locator('td.drafts__file').textContent())?.trim();
  expect(await fileOf('Nepal')).toBe('records/others.csv');
  expect(await fileOf('Pakistan')).toBe('records/south-eastern-asia.csv');
  expect(await fileOf('Sri Lanka')).toBe('records/south-eastern-asia.csv');

  const downloaded = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  };
  const others = await downloaded('Download records/others.csv (1 change)');
  expect(others.name).toBe('others.csv');
  const before = files['records/others.csv']!.split('\n');
  const after = others.text.split('\n');
  // Every line of the file kept, in order; the one new line is Nepal's, after GSOCseq's rows.
  expect(after.filter((line) => !before.includes(line))).toEqual([
    expect.stringMatching(/^gsocseq,NPL,submitted,\d{4}-\d{2}-\d{2},,$/),
  ]);
  expect(after.filter((line) => before.includes(line))).toEqual(before);
  const nepal = after.findIndex((line) => line.startsWith('gsocseq,NPL,submitted'));
  expect(after[nepal - 1]).toMatch(/^gsocseq,/);
  expect(after[nepal + 1] ?? '').not.toMatch(/^gsocseq,/);

  const southEast = await downloaded('Download records/south-eastern-asia.csv (2 changes)');
  expect(southEast.name).toBe('south-eastern-asia.csv');
  expect(
    southEast.text.split('\n').filter((line) => !files['records/south-eastern-asia.csv']!.includes(line)),
  ).toEqual([
    expect.stringMatching(/^gsocseq,PAK,in_preparation,/),
    expect.stringMatching(/^gsocseq,LKA,not_submitted,/),
  ]);
});

test('a change that conflicts with a row names that row’s own file and line; a country no file holds goes into the first, as the form says', async ({
  page,
}) => {
  const files = await split(page);
  const othersLines = files['records/others.csv']!.split('\n');
  const nepalLine = othersLines.findIndex((l) => l.startsWith('gsocseq,NPL,in_preparation,2022-03-09')) + 1;
  expect(nepalLine).toBeGreaterThan(1);
  await page.goto('?view=data&product=gsocseq');
  await page.getByRole('combobox', { name: 'Country' }).fill('Pakistan');
  await page.getByRole('option', { name: /Pakistan/ }).click();
  await expect(page.getByRole('combobox', { name: 'Published in' }).locator('option:checked')).toHaveText(
    'First file: records/south-eastern-asia.csv',
  );
  await page.getByRole('combobox', { name: 'Country' }).fill('Nepal');
  await page.getByRole('option', { name: /Nepal/ }).click();
  await expect(page.getByRole('combobox', { name: 'Published in' }).locator('option:checked')).toHaveText(
    'Its usual file: records/others.csv',
  );
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Submitted' });
  await page.getByLabel('Date the status took effect').fill('2022-03-09');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.locator('.draft-form')).toContainText(
    `records/others.csv, line ${nepalLine}, gives In preparation on this date`,
  );
});
