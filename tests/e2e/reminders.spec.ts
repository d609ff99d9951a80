import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// Focal points as a coordinator keeps them (tests/fixtures/contacts.csv, as contacts.spec.ts
// uses it), and GSASmap due on 1 April 2022 in the ASP; today is 10 April 2022.
test.beforeEach(async ({ page }) => {
  const body = await readFile('tests/fixtures/contacts.csv');
  await page.route('**/data/contacts.csv', (route) =>
    route.fulfill({ body, contentType: 'text/csv; charset=utf-8' }),
  );
  const products = JSON.parse(await readFile('public/data/products.json', 'utf8')) as { id: string }[];
  const withDeadline = products.map((p) =>
    p.id === 'gsasmap' ? { ...p, deadlines: { asp: '2022-04-01' } } : p,
  );
  await page.route('**/data/products.json', (route) => route.fulfill({ json: withDeadline }));
  await page.clock.setFixedTime(new Date(2022, 3, 10, 12));
});

/** The GSASmap rows not submitted in the ASP (the report's eight), drafts opened. */
async function openDrafts(page: import('@playwright/test').Page, lang = 'en') {
  await page.goto(`?view=outstanding&product=gsasmap&region=asp&lang=${lang}`);
  await expect(page.locator('tbody tr').first()).toBeVisible();
}

test('outstanding: a draft per country owing maps among the rows, to copy, mail or download', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDrafts(page);
  await page.getByRole('checkbox', { name: 'In preparation' }).uncheck();
  await page.getByRole('checkbox', { name: 'No information' }).uncheck();
  await expect(page.locator('tbody tr')).toHaveCount(8);

  // Opened from the keyboard.
  const toggle = page.getByRole('button', { name: 'Reminder drafts' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const drafts = page.getByRole('region', { name: 'Reminder drafts (8 countries)' });
  await expect(drafts).toBeVisible();
  const articles = drafts.getByRole('article');
  await expect(articles).toHaveCount(8);
  const names = await articles.getByRole('heading').allTextContents();
  // By name, in English: China, DPR Korea, Indonesia, Japan, Malaysia, Republic of Korea, ...
  expect(names.map((n) => n.slice(-3))).toEqual(['CHN', 'PRK', 'IDN', 'JPN', 'MYS', 'KOR', 'SGP', 'VNM']);

  // Indonesia: exactly its one map owed among the rows (its GSOCseq, in preparation, is filtered out).
  const indonesia = drafts.getByRole('article', { name: /Indonesia/ });
  const body = (await indonesia.locator('pre').textContent())!;
  expect(body).toBe(
    [
      'Dear Siti Rahmawati, Ir.,',
      '',
      'As of 9 March 2022, the records of the Global Soil Partnership (GSP) show 1 national map still owed by Indonesia:',
      '',
      '- GSASmap v1.0 (Global Salt-Affected Soils Map)',
      '  Status: Not submitted, since 9 March 2022',
      '  Deadline: 1 April 2022, overdue by 9 days',
      '  Contact at the GSP: Christian Omuto (Christian.Omuto@fao.org)',
      '',
      'Please submit this map, or tell us where it stands and when you expect to submit it.',
      '',
      'The status of every map of Indonesia, on the dashboard:',
      `${baseURL}?view=country&country=IDN&lang=en`,
      '',
      'Kind regards,',
    ].join('\n'),
  );
  const subject = 'Indonesia: 1 national map still owed to the GSP';
  await expect(indonesia).toContainText(`Subject: ${subject}`);
  await expect(indonesia).toContainText('To: "Siti Rahmawati, Ir." <siti.rahmawati@soil.example.org>');

  // Copy: subject and body on the clipboard, and a polite "Copied".
  await indonesia.getByRole('button', { name: 'Copy' }).click();
  await expect(indonesia.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Subject: ${subject}\n\n${body}`);

  // The mailto link: the address, then subject and body percent-encoded, CRLF line breaks.
  const href = (await indonesia
    .getByRole('link', { name: 'Write to the focal point' })
    .getAttribute('href'))!;
  expect(href).toMatch(/^mailto:siti\.rahmawati@soil\.example\.org\?subject=[^&]+&body=[^&]+$/);
  expect(href).toContain('Dear%20Siti%20Rahmawati%2C%20Ir.%2C%0D%0A%0D%0A');
  const query = new URLSearchParams(href.split('?')[1]);
  expect(query.get('subject')).toBe(subject);
  expect(query.get('body')).toBe(body.replace(/\n/g, '\r\n'));

  // Singapore's only address was not valid: no mailto, and the draft says so.
  const singapore = drafts.getByRole('article', { name: /Singapore/ });
  await expect(singapore.getByRole('link')).toHaveCount(0);
  await expect(singapore).toContainText(
    'contacts.csv gives no e-mail address for the focal points of Singapore',
  );
  await expect(singapore.locator('pre')).toContainText('Dear Tan Wei Ming,');
  // Japan's focal point's "name" is markup: shown as text.
  await expect(drafts.getByRole('article', { name: /Japan/ }).locator('pre')).toContainText(
    'Dear <img src=x onerror=alert(1)>,',
  );
  await expect(drafts.locator('img')).toHaveCount(0);

  // Every draft in one UTF-8 text file, named like the CSV of the same rows.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    drafts.getByRole('button', { name: 'Download all drafts' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('outstanding-asp-gsasmap-2022-03-09-reminders.txt');
  const file = await readFile((await download.path())!, 'utf8');
  expect(
    file.startsWith('Reminder drafts: Asian Soil Partnership, as of 9 March 2022 (8 countries)\r\n'),
  ).toBe(true);
  expect(file).toContain(
    `\r\n3/8 · Indonesia (IDN)\r\nTo: "Siti Rahmawati, Ir." <siti.rahmawati@soil.example.org>\r\nSubject: ${subject}\r\n`,
  );
  expect(file).toContain(body.replace(/\n/g, '\r\n'));
  expect(file).toContain('Nguyễn Thị Lan');
  expect(file.match(/^={72}\r$/gm)).toHaveLength(9);
});

test('the drafts follow the filters: all products of a country, and none once it is filtered out', async ({
  page,
}) => {
  await page.goto('?view=outstanding&region=asp');
  await page.getByRole('button', { name: 'Reminder drafts' }).click();
  const drafts = page.getByRole('region', { name: /Reminder drafts/ });
  // Nepal owes GSOCseq (in preparation) and, with no record, GSASmap and GBSmap: in products.json order.
  const nepal = drafts.getByRole('article', { name: /Nepal/ });
  const lines = (await nepal.locator('pre').textContent())!.split('\n').filter((l) => l.startsWith('- '));
  expect(lines).toEqual([
    '- GSOCseq v1.1 (Global Soil Organic Carbon Sequestration Potential Map)',
    '- GSASmap v1.0 (Global Salt-Affected Soils Map)',
    '- GBSmap (Global Black Soil Distribution Map)',
  ]);
  await expect(nepal.locator('pre')).toContainText('Dear Sita Adhikari and Bishnu Prasad Sharma,');
  await expect(nepal.locator('pre')).toContainText('  Status: No information (no record)');
  // Two focal points, both in the mailto.
  await expect(nepal.getByRole('link', { name: 'Write to the 2 focal points' })).toHaveAttribute(
    'href',
    /^mailto:s\.adhikari@soil\.example\.org,bp\.sharma@soil\.example\.org\?/,
  );
  await page.getByLabel('Search by country').fill('Nepal');
  await expect(drafts.getByRole('article')).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Only maps past their deadline' }).check();
  // Only GSASmap has a deadline (1 April), and it is past: one map left for Nepal.
  await expect(nepal.locator('pre')).toContainText('1 national map still owed by Nepal');
  await page.getByLabel('Product').selectOption('gsocseq');
  await expect(drafts.getByRole('article')).toHaveCount(0);
  await expect(drafts).toContainText('No country owes a map among the rows shown.');
});

test('drafts in French and Arabic, with the language kept in the link; no accessibility violation', async ({
  page,
  baseURL,
}) => {
  await openDrafts(page, 'fr');
  await page.getByRole('button', { name: 'Projets de rappel' }).click();
  const drafts = page.getByRole('region', { name: /Projets de rappel/ });
  const korea = drafts.getByRole('article', { name: /République de Corée/ });
  await expect(korea.locator('pre')).toContainText('Bonjour Kim Min-jun,');
  await expect(korea.locator('pre')).toContainText('Échéance\u00a0: 1 avril 2022, en retard de 9 jours');
  await expect(korea.locator('pre')).toContainText(`${baseURL}?view=country&country=KOR&lang=fr`);
  await expect(korea).toContainText(
    'Objet\u00a0: République de Corée\u00a0: 1 carte nationale encore à fournir au PMS',
  );

  await openDrafts(page, 'ar');
  await page.getByRole('button', { name: 'مسودات رسائل التذكير' }).click();
  const arabic = page.getByRole('region', { name: /مسودات رسائل التذكير/ });
  await expect(arabic.getByRole('article').first()).toBeVisible();
  await expect(arabic.getByRole('article', { name: /VNM/ }).locator('pre')).toContainText(
    `${baseURL}?view=country&country=VNM&lang=ar`,
  );
  const results = await new AxeBuilder({ page }).include('#reminders').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await openDrafts(page, 'en');
  await page.getByRole('button', { name: 'Reminder drafts' }).click();
  const english = await new AxeBuilder({ page }).include('#reminders').analyze();
  expect(english.violations.map((v) => v.id)).toEqual([]);
});

test('at 360 px wide the drafts wrap inside the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openDrafts(page);
  await page.getByRole('button', { name: 'Reminder drafts' }).click();
  const drafts = page.locator('#reminders');
  await expect(drafts.getByRole('article').first()).toBeVisible();
  // (The header and its navigation are wider than 360 px on their own; the drafts are measured.)
  const overflow = await page.evaluate(() => {
    const region = document.getElementById('reminders')!.getBoundingClientRect();
    const inside = [...document.querySelectorAll<HTMLElement>('#reminders *')];
    return {
      region: region.right - window.innerWidth,
      widest: Math.max(...inside.map((e) => e.getBoundingClientRect().right)) - region.right,
      scrolled: inside.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className),
    };
  });
  expect(overflow.region).toBeLessThanOrEqual(0);
  expect(overflow.widest).toBeLessThanOrEqual(0);
  expect(overflow.scrolled).toEqual([]);
});
