import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page is watched: console errors, uncaught exceptions and requests that leave the
 * origin fail the test that caused them.
 */
export const test = base.extend<{
  watched: { errors: string[]; foreign: string[] };
  /** Console errors a test expects (e.g. the browser's own line for a 404 it provoked). */
  expectedConsoleErrors: RegExp[];
  /** Addresses elsewhere a test serves itself (page.route), e.g. a published spreadsheet. */
  servedElsewhere: RegExp[];
}>({
  expectedConsoleErrors: [[], { option: true }],
  servedElsewhere: [[], { option: true }],
  watched: [
    async ({ page, baseURL, expectedConsoleErrors, servedElsewhere }, use) => {
      const origin = new URL(baseURL!).origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(m.text())))
          errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      page.on('request', (r) => {
        const url = r.url();
        if (/^(data|blob):/.test(url)) return;
        if (new URL(url).origin !== origin && !servedElsewhere.some((re) => re.test(url))) foreign.push(url);
      });
      await use({ errors, foreign });
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests leaving the origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length === 1, null, {
    timeout: 30_000,
  });
}

/** Waits until the WebGL map has taken over from the SVG map that painted first. */
export async function waitForWebGL(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('webgl-ready').length === 1, null, {
    timeout: 30_000,
  });
}

/** Legend items as { status: "Label count" }. */
export async function legend(page: Page): Promise<Record<string, string>> {
  const items = page.getByRole('list', { name: 'Legend' }).getByRole('button');
  const out: Record<string, string> = {};
  for (const item of await items.all()) {
    out[(await item.getAttribute('data-status'))!] = (await item.textContent())!.replace(/\s+/g, ' ').trim();
  }
  return out;
}

/** The colour of the map's centre pixel, as [r, g, b]. */
export async function centrePixel(page: Page): Promise<[number, number, number]> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const png = await page.screenshot({
    clip: { x: box.x + box.width / 2, y: box.y + box.height / 2, width: 1, height: 1 },
  });
  return page.evaluate(
    async (bytes) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(1, 1);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!] as [number, number, number];
    },
    [...png],
  );
}

export function hex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Records a change in the data view's form: a country by its name, a status by its label. */
export async function recordChange(
  page: Page,
  country: string,
  status: string,
  { date, source, file }: { date?: string; source?: string; file?: string } = {},
): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Country' });
  await box.fill(country);
  await expect(page.getByRole('option', { name: new RegExp(country) })).toBeVisible();
  await box.press('Enter');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: status });
  if (date) await page.getByLabel('Date the status took effect').fill(date);
  if (source) await page.getByRole('textbox', { name: 'Source (optional)' }).fill(source);
  if (file) await page.getByRole('combobox', { name: 'Published in' }).selectOption(file);
  await page.getByRole('button', { name: 'Record the change' }).click();
}
