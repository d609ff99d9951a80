import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// The site's records with one record added (Nepal submitted GSOCseq on 2 May 2022), and a
// focal point for Nepal: the handout then has changes since the meeting and a contact.
test.beforeEach(async ({ page }) => {
  const records = await readFile('public/data/records.csv', 'utf8');
  const added = `${records.trimEnd()}\ngsocseq,NPL,submitted,2022-05-02,Map received by e-mail,GSP secretariat\n`;
  await page.route('**/data/records.csv', (route) =>
    route.fulfill({ body: added, contentType: 'text/csv; charset=utf-8' }),
  );
  await page.route('**/data/contacts.csv', (route) =>
    route.fulfill({
      body: 'country,name,email,role\nNPL,Sita Sharma,sita@example.org,focal point\n',
      contentType: 'text/csv; charset=utf-8',
    }),
  );
});

/** Prints the page to PDF at a paper size; its page count and each page's text (Poppler). */
async function printed(page: import('@playwright/test').Page, file: string, format: 'A4' | 'Letter') {
  await page.emulateMedia({ media: 'print' });
  await writeFile(file, await page.pdf({ format, landscape: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const text = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  return { pages, text };
}

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints on ${format}: a cover, a page per product, the maps owed, every page numbered`, async ({
    page,
  }, info) => {
    await page.goto('?view=handout&region=asp');
    await expect(page.locator('.handout__page')).toHaveCount(6);
    await expect(
      page.locator('.handout__page--product').first().locator('path[data-iso3="NPL"]'),
    ).toHaveAttribute('data-status', 'submitted');
    const { pages, text } = await printed(page, info.outputPath('handout.pdf'), format);
    expect(pages).toBe(6);
    const cover = text(1);
    expect(cover).toContain('National map submissions to the GSP global soil maps');
    expect(cover).toContain('Asian Soil Partnership');
    expect(cover).toContain('Status as of 2 May 2022');
    expect(cover).toContain('Changes since 9 March 2022');
    expect(cover).toContain('GSOCseq: 8 of 24 submitted');
    expect(cover).toContain('Page 1 of 6');
    const gsocseq = text(2);
    expect(gsocseq).toContain('Global Soil Organic Carbon Sequestration Potential Map (GSOCseq)');
    expect(gsocseq).toContain('8 of 24 submitted');
    expect(gsocseq).toContain('Submitted 8 (+1)');
    expect(gsocseq).toContain('2 May 2022: Nepal In preparation to Submitted');
    expect(gsocseq).toContain('Page 2 of 6');
    expect(text(3)).toContain('1 of 24 submitted');
    expect(text(4)).toContain('0 of 24 submitted');
    const owed = `${text(5)} ${text(6)}`;
    expect(owed).toContain('Maps still owed in Asian Soil Partnership, as of 2 May 2022, by country');
    expect(owed).toContain(
      'Nepal: GSASmap (No information), GBSmap (No information) · Sita Sharma <sita@example.org>',
    );
    expect(text(6)).toContain('Page 6 of 6');
    for (let n = 1; n <= pages; n++) {
      expect(text(n)).toContain('do not imply the expression of any opinion');
      expect(text(n)).toMatch(/Source/);
    }
  });
}

test('the handout in Arabic: right to left, translated, the same pages', async ({ page }, info) => {
  await page.goto('?view=handout&region=asp&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.handout__page')).toHaveCount(6);
  await expect(page.locator('.handout__number').first()).toHaveText('الصفحة 1 من 6');
  const { pages, text } = await printed(page, info.outputPath('handout-ar.pdf'), 'A4');
  expect(pages).toBe(6);
  expect(text(1)).toMatch(/[\u0600-\u06ff]/);
});

test('the outstanding view and present mode open the handout', async ({ page }) => {
  await page.goto('?view=outstanding&region=asp');
  await page.getByRole('button', { name: 'Handout' }).click();
  await expect(page).toHaveURL(/view=handout/);
  await expect(page.locator('.handout__page')).toHaveCount(6);
  await page.getByRole('button', { name: 'Back to the dashboard' }).click();
  await expect(page).not.toHaveURL(/view=handout/);
  await page.goto('?view=present&region=asp');
  await page.getByRole('button', { name: 'Handout' }).click();
  await expect(page).toHaveURL(/view=handout/);
});
