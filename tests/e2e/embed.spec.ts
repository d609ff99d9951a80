import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Frame, type Locator, type Page } from '@playwright/test';
import { expect, legend, test, waitForMap } from './fixtures';

/** The overview's GSOCseq counts of Figure 1 (ASP-VII report). */
const FIGURE_1 = {
  submitted: 'Submitted 7',
  in_preparation: 'In preparation 7',
  not_submitted: 'Not submitted 0',
  not_applicable: 'Not applicable 0',
  no_information: 'No information 10',
};
const EMBED = '?product=gsocseq&region=asp&embed=1';
/** Chunks of the other views and of the overview's extras, none of which the embedded map needs. */
const OTHER_CHUNKS =
  /\/assets\/(OverviewCharts|OutstandingContainer|CountryContainer|PresentContainer|DataContainer|StaticMap|exportFigure|WebGLMap|maplibre)[-.]/;

/** The page scrolls neither way. */
async function expectNoScrollbars(page: Page | Frame): Promise<void> {
  const size = await page.evaluate(() => {
    const root = document.documentElement;
    return { sw: root.scrollWidth, cw: root.clientWidth, sh: root.scrollHeight, ch: root.clientHeight };
  });
  expect(size.sw, 'scrollWidth ≤ clientWidth').toBeLessThanOrEqual(size.cw);
  expect(size.sh, 'scrollHeight ≤ clientHeight').toBeLessThanOrEqual(size.ch);
}

/** The element lies wholly inside the viewport, with some size to it. */
async function expectInView(page: Page, locator: Locator, what: string): Promise<void> {
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box.width * box.height, `${what} has an area`).toBeGreaterThan(0);
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(viewport.height + 0.5);
}

for (const [width, height] of [
  [320, 240],
  [400, 300],
  [800, 450],
  [1200, 800],
] as const) {
  test(`embedded at ${width}×${height}: map and legend fit, no scrollbar, nothing else of the dashboard`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(EMBED);
    await waitForMap(page);
    await expect(page.getByTestId('map')).toHaveAttribute('data-painted', /^gsocseq\|asp\|/);
    expect(await legend(page)).toEqual(FIGURE_1);
    await expectNoScrollbars(page);

    // Both the map and every legend item are in sight, whole.
    await expectInView(page, page.getByTestId('map'), 'the map');
    for (const status of Object.keys(FIGURE_1))
      await expectInView(page, page.locator(`.legend__item[data-status="${status}"]`), status);
    const full = page.getByRole('link', { name: /Full dashboard/ });
    await expectInView(page, full, 'the Full dashboard link');

    // No header, navigation, controls, charts or footer.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Download|Embed|Show the map as a table/ })).toHaveCount(0);
    await expect(page.getByText('Progress')).toHaveCount(0);

    // The same view in the full dashboard, in a new tab.
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', 'noopener');
    expect(await full.getAttribute('href')).toBe('/gsp-status/?product=gsocseq&region=asp');

    // The source in one line, and the disclaimer: in full where there is room, else one click away.
    await expect(page.getByText(/^Source: ASP-VII report/)).toBeVisible();
    const disclaimer = page.getByText(/do not imply the expression of any opinion/).filter({ visible: true });
    if (width >= 800) {
      await expect(disclaimer).toBeVisible();
      await expectInView(page, disclaimer, 'the disclaimer');
    } else {
      await expect(disclaimer).toHaveCount(0);
      const boundaries = page.getByText('Boundaries', { exact: true });
      await expectInView(page, boundaries, 'the Boundaries disclosure');
      await boundaries.click();
      await expect(disclaimer).toBeVisible();
      await expectInView(page, disclaimer, 'the opened disclaimer');
      await expectNoScrollbars(page);
    }

    await expect(page).toHaveTitle('GSOCseq v1.1, Asian Soil Partnership: national map submissions');
    expect(requested.filter((url) => OTHER_CHUNKS.test(url))).toEqual([]);
  });
}

test('embedded in Arabic: right to left, translated, still no scrollbar at 320×240', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 240 });
  await page.goto(`${EMBED}&lang=ar`);
  await waitForMap(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('link', { name: /لوحة المعلومات الكاملة/ })).toBeVisible();
  await expect(page.getByText('الحدود', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/^GSOCseq v1\.1، الشراكة الآسيوية من أجل التربة: /);
  await expectNoScrollbars(page);
  // Right to left, the legend starts at the right edge.
  const first = (await page.locator('.legend__item').first().boundingBox())!;
  expect(first.x + first.width).toBeGreaterThan(300);
});

for (const lang of ['en', 'ar']) {
  test(`embedded in ${lang}: no accessibility violation, at 400×300 and with the disclaimer open`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 400, height: 300 });
    await page.goto(`${EMBED}&lang=${lang}`);
    await waitForMap(page);
    const check = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    };
    expect(await check()).toEqual([]);
    await page.locator('.embed__boundaries summary').click();
    expect(await check()).toEqual([]);
  });
}

test('embedded: a click on a country names it in the frame and goes nowhere; no WebGL map is fetched idly', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 300 });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(EMBED);
  await waitForMap(page);
  const url = page.url();
  const box = (await page.getByTestId('map').boundingBox())!;
  // Somewhere on land in the region (the map is fitted to it), found by hovering.
  let name: string | undefined;
  const spots: [number, number][] = [
    [0.35, 0.55],
    [0.5, 0.4],
    [0.45, 0.5],
    [0.6, 0.55],
  ];
  for (const [fx, fy] of spots) {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    const tip = page.locator('.map__tooltip strong');
    if (await tip.isVisible()) {
      name = (await tip.textContent())!;
      await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
      break;
    }
  }
  expect(name, 'a country under the pointer').toBeDefined();
  await expect(page.locator('.embed__picked')).toContainText(name!);
  await expect(page.locator('[data-highlight]')).toHaveCount(1);
  expect(page.url()).toBe(url);
  // The link to the full dashboard now opens that country's panel.
  await expect(page.getByRole('link', { name: /Full dashboard/ })).toHaveAttribute(
    'href',
    /\?product=gsocseq&region=asp&country=[A-Z]{3}$/,
  );
  // Past the moment the overview would bring in MapLibre (idle, at most 3 s after the first paint).
  await page.waitForTimeout(4000);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
  expect(requested.filter((u) => OTHER_CHUNKS.test(u))).toEqual([]);
  expect(page.url()).toBe(url);
});

test('the Embed dialog gives the iframe code of the view, copies it, and closes with Esc', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('?product=gsasmap&region=asp&asof=2022-03-09');
  await waitForMap(page);
  const button = page.getByRole('button', { name: 'Embed' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map in a web page' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole('textbox', { name: 'Code to paste' });
  await expect(code).toBeFocused();
  const src = `${baseURL}?product=gsasmap&region=asp&asof=2022-03-09&lang=en&embed=1`;
  await expect(code).toHaveValue(
    `<iframe src="${src.replace(/&/g, '&amp;')}" width="100%" height="450"` +
      ` title="Map of GSASmap v1.0 submission status, Asian Soil Partnership" loading="lazy"` +
      ` style="border: 0"></iframe>`,
  );
  const preview = dialog.getByRole('link', { name: /Preview/ });
  await expect(preview).toHaveAttribute('href', src);
  await expect(preview).toHaveAttribute('target', '_blank');
  await expect(preview).toHaveAttribute('rel', 'noopener');

  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

  // The rest of the page is out of reach while it is open.
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page).toHaveURL(/product=gsasmap/);

  // The preview is the embedded map of that view.
  await button.click();
  const opened = context.waitForEvent('page');
  await preview.click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(src);
  await waitForMap(tab);
  expect((await legend(tab)).not_submitted).toBe('Not submitted 8');
  await tab.close();
});

test('without a clipboard, Copy selects the code for Ctrl+C', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('not allowed')) },
    });
  });
  await page.goto('?lang=en');
  await waitForMap(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/The code is selected: copy it with Ctrl\+C/);
  const selected = await page.evaluate(() => {
    const area = document.activeElement as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
  expect(selected).toMatch(/^<iframe src="http:.*embed=1" .*><\/iframe>$/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
});

/**
 * A page of another site, as a partnership's web page would be: served by a server of its own
 * (another port, and the host name localhost rather than 127.0.0.1: another origin and another
 * site), with the embedded map in an iframe that loads the built app from the test server.
 */
let partner: Server;
let partnerOrigin: string;

async function openPartnerPage(page: Page, baseURL: string, query = EMBED): Promise<Frame> {
  const src = `${baseURL}${query}`.replace(/&/g, '&amp;');
  await page.goto(`${partnerOrigin}/partner.html?src=${encodeURIComponent(src)}`);
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await frame.waitForFunction(() => performance.getEntriesByName('map-ready').length === 1, null, {
    timeout: 30_000,
  });
  return frame;
}

base.describe('in an iframe on another site', () => {
  base.use({ serviceWorkers: 'allow' });

  base.beforeAll(async () => {
    partner = createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>A partnership</title><h1>Our members</h1>
        <iframe src="${src}" width="400" height="300" style="border: 0"
          title="Map of GSOCseq v1.1 submission status, Asian Soil Partnership"></iframe>`);
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    partnerOrigin = `http://localhost:${(partner.address() as AddressInfo).port}`;
  });
  base.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

  base('the map draws with its legend counts, without scrollbars', async ({ page, baseURL }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const frame = await openPartnerPage(page, baseURL!);
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
    const map = frame.getByTestId('map');
    await expect(map).toHaveAttribute('data-painted', /^gsocseq\|asp\|/);
    expect(await map.locator('path[data-status="submitted"]').count()).toBe(7);
    const items = frame.getByRole('list', { name: 'Legend' }).getByRole('button');
    await expect(items).toHaveText([
      /Submitted\s*7/,
      /In preparation\s*7/,
      /Not submitted\s*0/,
      /Not applicable\s*0/,
      /No information\s*10/,
    ]);
    await expect(frame.getByTestId('map-summary')).toHaveText(/GSOCseq v1\.1, Asian Soil Partnership/);
    await expectNoScrollbars(frame);
    // The link leaves the frame for a new tab; the partner page stays.
    await expect(frame.getByRole('link', { name: /Full dashboard/ })).toHaveAttribute('target', '_blank');
    expect(errors).toEqual([]);
  });

  base('opened on its own, the embedded map registers no service worker', async ({ page, baseURL }) => {
    // A visitor of the partner's page would otherwise download the whole dashboard for one map.
    await page.goto(`${baseURL}${EMBED}`);
    await waitForMap(page);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    const registrations = () =>
      page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    expect(await registrations()).toBe(0);
    // The dashboard itself does, in the same time.
    await page.goto(baseURL!);
    await waitForMap(page);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await registrations()).toBe(1);
  });

  base(
    'after a visit to the dashboard, its service worker serves the embedded map too',
    async ({ page, context, baseURL }) => {
      await page.goto(baseURL!);
      await waitForMap(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
          );
      });
      // Opened on its own, offline: from the service worker's copy.
      await context.setOffline(true);
      await page.goto(`${baseURL}${EMBED}`);
      await waitForMap(page);
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      expect(await legend(page)).toEqual(FIGURE_1);
      await expectNoScrollbars(page);
      await context.setOffline(false);
      // And in another site's page, online.
      const frame = await openPartnerPage(page, baseURL!, '?product=gsasmap&region=asp&embed=1');
      await expect(frame.getByRole('list', { name: 'Legend' }).getByRole('button').nth(2)).toHaveText(
        /Not submitted\s*8/,
      );
    },
  );
});
