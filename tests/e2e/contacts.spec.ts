import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// A contacts.csv as a coordinator keeps it (tests/fixtures/README.md): codes in any case, names,
// two contacts for Nepal, a bad address on line 7, an unknown country on line 9, a script payload.
test.beforeEach(async ({ page }) => {
  const body = await readFile('tests/fixtures/contacts.csv');
  await page.route('**/data/contacts.csv', (route) =>
    route.fulfill({ body, contentType: 'text/csv; charset=utf-8' }),
  );
});

test('outstanding: each owed map names its focal points, and the e-mail list holds those shown', async ({
  page,
}) => {
  await page.goto('?view=outstanding&product=gsasmap&region=asp');
  await page.getByRole('checkbox', { name: 'In preparation' }).uncheck();
  await page.getByRole('checkbox', { name: 'No information' }).uncheck();
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(8);
  await expect(table.getByRole('columnheader', { name: 'Focal point' })).toBeVisible();

  // A quoted name with a comma; a UN name ("Viet Nam") and an alpha-2 code ("KR") resolved.
  const indonesia = table.locator('tr[data-iso3="IDN"]');
  await expect(indonesia).toContainText('Siti Rahmawati, Ir. (Soil mapping unit, data steward)');
  await expect(indonesia.getByRole('link', { name: 'siti.rahmawati@soil.example.org' })).toHaveAttribute(
    'href',
    'mailto:siti.rahmawati@soil.example.org',
  );
  await expect(table.locator('tr[data-iso3="VNM"]')).toContainText('Nguyễn Thị Lan');
  await expect(table.locator('tr[data-iso3="KOR"]')).toContainText('Kim Min-jun');
  // A name that is markup is shown as text.
  await expect(table.locator('tr[data-iso3="JPN"]')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('tbody img')).toHaveCount(0);
  // Singapore's address was not valid: the name stays, no link.
  const singapore = table.locator('tr[data-iso3="SGP"]');
  await expect(singapore).toContainText('Tan Wei Ming');
  await expect(singapore.getByRole('link')).toHaveCount(0);

  const emails = ['jp.focal@soil.example.org', 'minjun.kim@soil.example.org', 'lan.nguyen@soil.example.org'];
  await expect(page.getByRole('heading', { name: 'E-mail list (4 addresses)' })).toBeVisible();
  const list = await page.locator('.outstanding__emails textarea').inputValue();
  expect(list.split(', ').sort()).toEqual([...emails, 'siti.rahmawati@soil.example.org'].sort());
  const mailto = await page.getByRole('link', { name: 'Write to all (Bcc)' }).getAttribute('href');
  for (const email of emails) expect(decodeURIComponent(mailto!)).toContain(email);

  // Nepal's two contacts appear once In preparation is shown again (GSASmap: none owed by Nepal
  // in the report, so look at GSOCseq, where Nepal's map is in preparation).
  await page.goto('?view=outstanding&product=gsocseq&region=asp');
  const nepal = page.locator('tr[data-iso3="NPL"]');
  await expect(nepal).toContainText('Sita Adhikari (National focal point)');
  await expect(nepal).toContainText('Bishnu Prasad Sharma (GSOCseq technical contact)');
});

test('problems in contacts.csv are reported at their lines, and the good rows are kept', async ({ page }) => {
  await page.goto('?view=data');
  const problems = page.getByRole('alert').locator('li[data-file="contacts.csv"]');
  await expect(problems).toContainText('contacts.csv: 1 row could not be used, 1 warning.');
  const file = page.locator('tr[data-file="contacts.csv"]');
  await expect(file).toContainText('Loaded');
  // The last three: a records source's dates (none for contacts.csv), and the retry button's cell.
  await expect(file.locator('td')).toHaveText(['contacts.csv', 'Loaded', '8', '1', '1', '', '', '']);
  const report = page.locator('tr[data-issue-file="contacts.csv"]');
  await expect(report).toHaveCount(2);
  await expect(report.nth(0)).toHaveAttribute('data-line', '7');
  await expect(report.nth(0)).toContainText('tan.weiming@soilexample');
  await expect(report.nth(1)).toHaveAttribute('data-line', '9');
  await expect(report.nth(1)).toContainText('Atlantis');
});
