import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { COORDINATOR_CSV } from './coordinatorExport';
import { expect, test, waitForMap } from './fixtures';

async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, body: await readFile((await download.path())!) };
}

/** Parses CSV written by the app (quoted fields, CRLF, BOM). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

test('outstanding: GSASmap in the ASP lists the eight missing maps, and the CSV holds the table', async ({
  page,
}) => {
  await page.goto('?view=outstanding&product=gsasmap&region=asp');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await page.getByRole('checkbox', { name: 'In preparation' }).uncheck();
  await page.getByRole('checkbox', { name: 'No information' }).uncheck();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(8);
  const listed = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      tr.getAttribute('data-iso3'),
      tr.getAttribute('data-status'),
      tr.getAttribute('data-product'),
    ]),
  );
  expect(listed.map(([iso3]) => iso3).sort()).toEqual([
    'CHN',
    'IDN',
    'JPN',
    'KOR',
    'MYS',
    'PRK',
    'SGP',
    'VNM',
  ]);
  expect(new Set(listed.map(([, status, product]) => `${status}/${product}`))).toEqual(
    new Set(['not_submitted/gsasmap']),
  );

  // Sort by country, descending, then download: the file holds exactly the rows shown, in order.
  await page.getByRole('button', { name: /^Country/ }).click();
  await page.getByRole('button', { name: /^Country/ }).click();
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3')));
  const { download, body } = await saved(page, () =>
    page.getByRole('button', { name: 'Download CSV' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = parseCsv(body.toString('utf8').slice(1));
  expect(csv[0]).toEqual([
    'product',
    'iso3',
    'country',
    'status',
    'since',
    'region',
    'note',
    'deadline',
    'overdue_days',
  ]);
  expect(csv.slice(1).map((r) => r[1])).toEqual(shown);
  expect(csv[1]).toEqual([
    'GSASmap',
    shown[0],
    expect.any(String),
    'Not submitted',
    '2022-03-09',
    'Asian Soil Partnership',
    'Map missing at the time of the meeting',
    // The embedded products.json sets no deadline: none is invented.
    '',
    '',
  ]);
});

test('country page: Bangladesh on every product, with a link that reopens it', async ({ page }) => {
  await page.goto('?view=country&country=BGD');
  const article = page.getByRole('article', { name: /Bangladesh/ });
  await expect(article).toBeVisible();
  const statuses = await article
    .locator('[data-product]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-product'), e.getAttribute('data-status')]));
  expect(statuses).toEqual([
    ['gsocseq', 'submitted'],
    ['gsasmap', 'submitted'],
    ['gbsmap', 'no_information'],
  ]);
  await expect(article.getByText('Next step:').first()).toBeVisible();
  await expect(article.locator('svg [data-country="BGD"]')).toHaveCount(1);
  const link = await page.getByLabel('Link to this page').inputValue();
  await page.goto(link);
  await expect(page.getByRole('article', { name: /Bangladesh/ })).toBeVisible();
});

test('country page prints on one A4 page, without the navigation', async ({ page }) => {
  await page.goto('?view=country&country=BGD');
  await expect(page.getByRole('article', { name: /Bangladesh/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});

/**
 * Form controls the printed page shows; a sortable column's heading and a button drawn as a
 * link (a country's name) are text on paper.
 */
async function printedControls(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((e) => !e.closest('th, .link-button') && (e as HTMLElement).offsetParent !== null)
      .map((e) => e.outerHTML.slice(0, 80)),
  );
}

for (const [lang, width] of [
  ['en', 1366],
  ['fr', 390],
  ['ar', 390],
] as const) {
  test(`printed country page (${lang}, ${width} px wide): the whole address as text, no form controls`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`?view=country&country=NPL&lang=${lang}`);
    await expect(page.locator('article[data-country="NPL"]')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const address = page.locator('.country-page__address');
    await expect(address).toBeVisible();
    // Every character of the address, host included, left to right in Arabic too.
    await expect(address.locator('[dir="ltr"]')).toHaveText(page.url());
    const box = (await address.boundingBox())!;
    const text = (await address.locator('[dir="ltr"]').boundingBox())!;
    expect(text.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(text.x + text.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(await printedControls(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });
}

test('printed outstanding and changes views: what they show said in text, no form controls', async ({
  page,
}) => {
  await page.goto('?view=outstanding&product=gsasmap&lang=fr');
  await page.getByRole('checkbox', { name: 'Sans information' }).uncheck();
  await page.getByRole('searchbox').fill('Chine');
  await expect(page.locator('tr[data-iso3]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.outstanding__shown')).toHaveText(
    'Produit\u00a0: GSASmap · Statut\u00a0: En préparation, Non soumise · Rechercher par pays\u00a0: Chine',
  );
  expect(await printedControls(page)).toEqual([]);
  // The table's last column is on the page, not cut at its edge.
  const right = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll('.outstanding__table th')].map(
        (th) => th.getBoundingClientRect().right,
      ),
    ),
  );
  expect(right).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));

  await page.emulateMedia({ media: 'screen' });
  await page.goto('?view=changes&since=2022-01-01');
  await expect(page.locator('.changes__table').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(await printedControls(page)).toEqual([]);
  const overflow = await page.evaluate(
    () =>
      [...document.querySelectorAll('.changes__table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1)
        .length,
  );
  expect(overflow).toBe(0);
});

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  test(`present mode at ${width}×${height}: no scrollbar, nothing cut off, keys move the slides`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('?view=present&region=asp');
    // Every product at a glance comes first; the product shown opens on its own slide.
    const slide = page.getByRole('main', { name: /Slide 2 of 4/ });
    await expect(slide).toBeVisible();
    await expect(page.getByTestId('headline')).toHaveText('7 of 24 submitted');
    const fits = async () =>
      page.evaluate(() => {
        const doc = document.documentElement;
        // Everything on the slide; inside the map only the svg box counts (paths are clipped to it).
        const boxes = [...document.querySelectorAll('.present *')]
          .filter((e) => e.tagName === 'svg' || !e.closest('svg'))
          .map((e) => e.getBoundingClientRect());
        const bottom = Math.max(...boxes.map((b) => b.bottom));
        const right = Math.max(...boxes.map((b) => b.right));
        return {
          scroll: doc.scrollHeight <= window.innerHeight && doc.scrollWidth <= window.innerWidth,
          inside: bottom <= window.innerHeight + 0.5 && right <= window.innerWidth + 0.5,
        };
      });
    expect(await fits()).toEqual({ scroll: true, inside: true });

    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/product=gsasmap/);
    await expect(page.getByTestId('headline')).toHaveText('1 of 24 submitted');
    expect(await fits()).toEqual({ scroll: true, inside: true });
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/product=gbsmap/);
    await expect(page.getByTestId('headline')).toHaveText('0 of 24 submitted');
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/product=gsasmap/);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/product=gbsmap/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/product=gsasmap/);
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/product=all/);
    await expect(page.getByRole('main', { name: /Slide 1 of 4/ })).toBeVisible();
    await expect(page.getByTestId('glance-headline')).toHaveText([
      '7 of 24 submitted',
      '1 of 24 submitted',
      '0 of 24 submitted',
    ]);
    await expect(page.locator('.all-products__card path[data-iso3="CHN"]')).toHaveCount(3);
    expect(await fits()).toEqual({ scroll: true, inside: true });
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/product=gsocseq/);
    await expect(page.getByTestId('headline')).toHaveText('7 of 24 submitted');
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/view=present/);
    await expect(page.getByRole('list', { name: 'Legend' })).toBeVisible();
  });
}

test('present mode names the values it could not use, and switches language without leaving', async ({
  page,
}) => {
  await page.goto('?view=present&product=zzz&lang=xx');
  const slide = page.getByRole('main', { name: /Slide 2 of 4/ });
  await expect(slide).toBeVisible();
  await expect(page.getByText('There is no product “zzz”; showing GSOCseq.')).toBeVisible();
  await expect(page.getByText('The language “xx” is not available; showing English.')).toBeVisible();
  // (The notices come in the order their files answer.)
  await page
    .locator('.notice', { hasText: 'There is no product' })
    .getByRole('button', { name: 'Dismiss' })
    .click();
  await expect(page.getByText(/There is no product/)).toBeHidden();
  await expect(page.getByText(/The language “xx” is not available/)).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  const language = page.getByRole('combobox', { name: 'Langue' });
  await expect(page.getByRole('main', { name: /Diapositive 2 sur 4/ })).toBeVisible();
  await expect(page).toHaveURL(/view=present/);
  await expect(page).toHaveURL(/lang=fr/);
  // The arrows on the list choose a language; they do not move the slides.
  await language.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/lang=es/);
  await expect(page).not.toHaveURL(/product=gsasmap/);
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/view=present/);
});

test('figures: SVG and PNG from the overview, colours matching the legend', async ({ page }) => {
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  const { download, body } = await saved(page, () =>
    page.getByRole('button', { name: 'Download SVG' }).click(),
  );
  expect(download.suggestedFilename()).toBe('gsocseq-asp-2022-03-09.svg');
  const svg = body.toString('utf8');
  const fills = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const pathFill = (iso3: string) => doc.querySelector(`path[data-iso3="${iso3}"]`)?.getAttribute('fill');
    const legendFill = (status: string) =>
      doc.querySelector(`.figure-legend [data-status="${status}"] rect`)?.getAttribute('fill');
    return {
      bgd: [pathFill('BGD'), legendFill('submitted')],
      idn: [pathFill('IDN'), legendFill('in_preparation')],
      afg: [pathFill('AFG'), legendFill('no_information')],
      parseError: doc.querySelector('parsererror') !== null,
      title: doc.querySelector('text')?.textContent,
    };
  }, svg);
  expect(fills.parseError).toBe(false);
  expect(fills.bgd[0]).toBe(fills.bgd[1]);
  expect(fills.idn[0]).toBe(fills.idn[1]);
  expect(fills.afg[0]).toBe(fills.afg[1]);
  expect(new Set([fills.bgd[0], fills.idn[0], fills.afg[0]]).size).toBe(3);
  expect(fills.title).toContain('Submission of national maps to');
  expect(svg).toContain('do not imply the expression of any opinion');

  const png = await saved(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
  expect(png.download.suggestedFilename()).toBe('gsocseq-asp-2022-03-09.png');
  expect([...png.body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([2400, 1720]);
});

test('figures: every product at a glance, as SVG and PNG, with each map in its colours', async ({ page }) => {
  await page.goto('?product=all&region=asp');
  await expect(page.locator('.all-products__card path[data-iso3="CHN"]')).toHaveCount(3);
  const { download, body } = await saved(page, () =>
    page.getByRole('button', { name: 'Download SVG' }).click(),
  );
  expect(download.suggestedFilename()).toBe('all-products-asp-2022-03-09.svg');
  const svg = body.toString('utf8');
  const read = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const panel = (id: string) => doc.querySelector(`g[data-product="${id}"]`);
    return {
      parseError: doc.querySelector('parsererror') !== null,
      panels: [...doc.querySelectorAll('g[data-product]')].map((g) => g.getAttribute('data-product')),
      headlines: [...doc.querySelectorAll('[data-part="headline"]')].map((t) => t.textContent),
      china: ['gsocseq', 'gsasmap'].map((id) =>
        panel(id)?.querySelector('path[data-iso3="CHN"]')?.getAttribute('data-status'),
      ),
      gsasCounts: [...(panel('gsasmap')?.querySelectorAll('[data-count]') ?? [])].map((g) =>
        g.getAttribute('data-count'),
      ),
      legend: [...doc.querySelectorAll('.figure-legend [data-status]')].map((g) => g.textContent),
    };
  }, svg);
  expect(read.parseError).toBe(false);
  expect(read.panels).toEqual(['gsocseq', 'gsasmap', 'gbsmap']);
  expect(read.headlines).toEqual(['7 of 24 submitted', '1 of 24 submitted', '0 of 24 submitted']);
  expect(read.china).toEqual(['no_information', 'not_submitted']);
  expect(read.gsasCounts).toEqual(['1', '8', '15']);
  expect(read.legend).toEqual([
    'Submitted',
    'In preparation',
    'Not submitted',
    'Not applicable',
    'No information',
  ]);
  expect(svg).toContain('do not imply the expression of any opinion');
  expect(svg).toContain('Source: ASP-VII report');

  const png = await saved(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
  expect(png.download.suggestedFilename()).toBe('all-products-asp-2022-03-09.png');
  expect([...png.body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);
  expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([2400, Math.round(height * 2)]);
});

test('figures: with changes since a date, the download carries them and its name says so', async ({
  page,
}) => {
  await page.goto('?product=gsocseq&region=asp&since=2022-01-01');
  await waitForMap(page);
  await expect(page.getByTestId('legend-since')).toBeVisible();
  const { download, body } = await saved(page, () =>
    page.getByRole('button', { name: 'Download SVG' }).click(),
  );
  expect(download.suggestedFilename()).toBe('gsocseq-asp-2022-03-09-since-2022-01-01.svg');
  const figure = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      submitted: doc.querySelector('.figure-legend [data-status="submitted"]')?.textContent,
      marked: doc.querySelectorAll('path[data-marked][stroke-dasharray]').length,
      subtitle: doc.querySelectorAll('text')[1]?.textContent,
    };
  }, body.toString('utf8'));
  // What the screen shows: the legend's (+7) and the 14 countries outlined dashed on the map.
  await expect(page.locator('.legend [data-status="submitted"]')).toContainText('(+7)');
  const onScreen = await page
    .locator('[data-testid="map"] [data-marked]')
    .evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-marked'))).size);
  expect(figure).toEqual({
    submitted: 'Submitted7 (+7)',
    marked: onScreen,
    subtitle: 'Asian Soil Partnership, status as of 9 March 2022; changes since 1 January 2022 in brackets',
  });
  expect(onScreen).toBe(14);
  const png = await saved(page, () => page.getByRole('button', { name: 'Download PNG' }).click());
  expect(png.download.suggestedFilename()).toBe('gsocseq-asp-2022-03-09-since-2022-01-01.png');
});

test('figures: SVG from the present view is of the slide shown', async ({ page }) => {
  await page.goto('?view=present&product=gsasmap');
  const { download, body } = await saved(page, () =>
    page.getByRole('button', { name: 'Download SVG' }).click(),
  );
  expect(download.suggestedFilename()).toBe('gsasmap-asp-2022-03-09.svg');
  expect(body.toString('utf8')).toContain('(GSASmap\u00a0v1.0)');
  expect(body.toString('utf8')).not.toContain('data-marked');

  // The slide of changes since a date: its figure has them.
  await page.goto('?view=present&product=gsasmap&since=2022-01-01&slide=changes');
  await expect(page.locator('.present[data-slide="changes"]')).toBeVisible();
  const changes = await saved(page, () => page.getByRole('button', { name: 'Download SVG' }).click());
  expect(changes.download.suggestedFilename()).toBe('gsasmap-asp-2022-03-09-since-2022-01-01.svg');
  expect(changes.body.toString('utf8')).toContain('changes since 1 January 2022');
  expect(changes.body.toString('utf8')).toContain('data-marked="CHN"');
});

for (const [view, search] of <const>[
  ['present mode', '?view=present&product=gsasmap'],
  ["the country page's locator", '?view=country&country=NPL'],
]) {
  test(`${view} marks map-ready once its map has painted, without loading MapLibre`, async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/WebGLMap|maplibre/i.test(r.url())) chunks.push(r.url());
    });
    await page.goto(search);
    await waitForMap(page);
    await expect(page.locator('svg path[data-iso3]').first()).toBeVisible();
    await page.waitForTimeout(500);
    expect(chunks).toEqual([]);
  });
}

test('at 320 px no view scrolls sideways, in any of the six languages; wide tables scroll in their own box', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const sideways = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
    for (const view of ['overview', 'outstanding', 'changes', 'country&country=NPL', 'present', 'data']) {
      await page.goto(`?lang=${lang}&view=${view}`);
      await expect(page.locator('main, [role="main"]').first()).toBeVisible();
      if (view === 'data') {
        // The coordinator's file: long names and a report of 21 rows.
        await page.locator('#records-file').setInputFiles(COORDINATOR_CSV);
        await expect(page.locator('.data-view__report')).toBeVisible();
      }
      await page.waitForLoadState('networkidle');
      expect(await sideways(), `${lang} ${view}`).toBeLessThanOrEqual(0);
    }
  }
});
