import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import readExcelFile from 'read-excel-file/node';
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { COORDINATOR_XLSX, LEFT_OUT } from './coordinatorExport';
import { expect, legend, test, waitForMap } from './fixtures';

const fixture = (name: string) => join(process.cwd(), 'tests', 'fixtures', name);

// The workbook leaves out the CSV's rows, at the same numbers.
for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('a workbook opened with the file picker: its records sheet, date cells by their day, problems at their rows', async ({
      page,
    }) => {
      await page.goto('?view=data');
      await page.locator('#records-file').setInputFiles(COORDINATOR_XLSX);
      await expect(page.getByTestId('records-source')).toContainText(
        'Showing the sheet “Records” of your file “coordinator-export.xlsx”',
      );
      await expect(page.getByTestId('records-source')).toContainText('nothing was uploaded');
      // 18 rows read (the sheet's row 6 is empty), as from the CSV.
      await expect(page.locator('tr[data-file="coordinator-export.xlsx"]')).toContainText('18');

      const report = page.locator('.data-view__report');
      await expect(report.getByRole('columnheader', { name: 'Row' })).toBeVisible();
      await expect(report.getByRole('columnheader', { name: 'Line' })).toHaveCount(0);
      const errors = report.locator('tr[data-severity="error"]');
      await expect(errors).toHaveCount(LEFT_OUT.length);
      expect(
        await errors.evaluateAll((rows) =>
          rows.map((r) => [Number(r.getAttribute('data-row')), r.getAttribute('data-code')]),
        ),
      ).toEqual(LEFT_OUT);
      await expect(report.locator('tr[data-line]')).toHaveCount(0);
      await expect(report.locator('tr[data-row="19"][data-code="conflict"]')).toContainText(
        'conflicts with row 18 (submitted); both rows left out',
      );
      // Text 09/03/2022 is read day first, as in the CSV, with a warning naming both days.
      await expect(report.locator('tr[data-row="11"][data-code="date-read-as"]')).toContainText(
        'read as day/month/year: 9 March 2022, not 3 September 2022',
      );
      await expect(report.locator('tr[data-issue-sheet="Records"]')).toHaveCount(
        await report.locator('tbody tr').count(),
      );

      // The usable rows as records.csv, dates as the cells show them whatever the time zone.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download records.csv' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('records.csv');
      const csv = Papa.parse<string[]>(
        readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''),
        {
          skipEmptyLines: true,
        },
      ).data;
      expect(csv.slice(1).map((row) => row.slice(0, 4).join(','))).toEqual([
        'gsocseq,BGD,submitted,2022-03-09',
        'gsocseq,NPL,submitted,2022-03-09',
        'gsasmap,VNM,in_preparation,2022-03-09',
        'gsasmap,LAO,not_submitted,2022-03-09',
        'gsasmap,PRK,not_submitted,2022-03-09',
        'gbsmap,KOR,in_preparation,2021-12-01',
      ]);

      await page.getByRole('link', { name: 'Overview' }).click();
      await waitForMap(page);
      expect((await legend(page)).submitted).toBe('Submitted 2'); // BGD, and NPL from row 11
    });
  });
}

test('the template downloads as a workbook that reads back, in the app too', async ({ page }) => {
  await page.goto('?view=data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a template (Excel .xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('records-template.xlsx');
  const path = (await download.path())!;
  const sheets = await readExcelFile(path);
  expect(sheets.map((s) => s.sheet)).toEqual(['records']);
  // The CSV template's columns, and its example rows (none).
  expect(sheets[0]!.data).toEqual([['product', 'country', 'status', 'date', 'note', 'source']]);

  await page.locator('#records-file').setInputFiles(path);
  await expect(page.getByTestId('records-source')).toContainText('Showing the sheet “records”');
  await expect(page.getByText('Every row could be used.')).toBeVisible();
});

test('a workbook that cannot be read is refused with its reason, and the records shown stay', async ({
  page,
}) => {
  await page.goto('?view=data');
  await expect(page.locator('tr[data-file="records.csv"][data-state="ready"]')).toBeVisible();
  const cases: [string, RegExp][] = [
    [fixture('password-protected.xlsx'), /password-protected\.xlsx is protected by a password/],
    [fixture('old-format.xls'), /old-format\.xls is an Excel 97–2003 workbook \(\.xls\)/],
  ];
  for (const [file, reason] of cases) {
    await page.locator('#records-file').setInputFiles(file);
    const refused = page.locator('tr[data-state="refused"]');
    await expect(refused.getByRole('alert')).toHaveText(reason);
    await expect(page.getByTestId('records-source')).toContainText('Showing the records of this site');
    await expect(page.locator('tr[data-file="records.csv"][data-state="ready"]')).toContainText('24');
  }
  await page.getByRole('link', { name: 'Overview' }).click();
  await waitForMap(page);
  expect((await legend(page)).submitted).toBe('Submitted 7');
});

test('a sheet of thousands of rows is read under the site’s Content-Security-Policy', async ({ page }) => {
  // Its sheet part is far over 512 KB, where the unzipper would otherwise start a worker from a
  // blob: address, which the policy refuses (a refusal fails the test, see fixtures.ts).
  const data: SheetData = [['product', 'country', 'status', 'date', 'note', 'source']];
  for (let i = 0; i < 6000; i++)
    data.push([
      'gsocseq',
      i % 2 ? 'NPL' : 'BGD',
      'submitted',
      { value: new Date(Date.UTC(2020, 0, 1 + (i % 700))), type: Date, format: 'dd/mm/yyyy' },
      `note ${i}`,
      'a long enough source to make the sheet large',
    ]);
  const buffer = await writeExcelFile(data, { sheet: 'records' }).toBuffer();
  await page.goto('?view=data');
  await page.locator('#records-file').setInputFiles({
    name: 'history.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page.locator('tr[data-file="history.xlsx"][data-state="ready"]')).toContainText('6,000', {
    timeout: 30_000,
  });
});
