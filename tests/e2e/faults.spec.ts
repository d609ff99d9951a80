import type { Route } from '@playwright/test';
import { expect, legend, test, waitForMap, waitForWebGL } from './fixtures';

// The browser reports the failed loads these tests provoke on its console; nothing else may appear.
test.use({ expectedConsoleErrors: [/Failed to load resource/] });

const FAULTS: [string, (route: Route) => Promise<void>, RegExp][] = [
  ['missing', (route) => route.fulfill({ status: 404, body: 'Not found' }), /was not found \(404\)/],
  ['server error', (route) => route.fulfill({ status: 500, body: 'oops' }), /the server answered 500/],
  ['empty', (route) => route.fulfill({ status: 200, body: '' }), /is empty/],
  [
    'an HTML page',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Moved</p>' }),
    /is a web page, not a data file/,
  ],
];

for (const file of ['products.json', 'regions.json', 'records.csv', 'boundaries.json']) {
  for (const [name, fault, message] of FAULTS) {
    test(`${file} ${name}: the user is told, can retry, and the rest works`, async ({ page }) => {
      let failing = true;
      await page.route(`**/data/${file}`, (route) => (failing ? fault(route) : route.continue()));
      await page.goto('?product=gsocseq&region=asp');
      const problem = page.getByRole('alert').locator(`li[data-file="${file}"]`);
      await expect(problem).toContainText(message);

      // What did load keeps working.
      if (file === 'boundaries.json') {
        await expect.poll(async () => (await legend(page)).submitted).toBe('Submitted 7');
      } else if (file === 'records.csv') {
        await waitForMap(page);
        await expect.poll(async () => (await legend(page)).no_information).toBe('No information 24');
      } else {
        await waitForMap(page);
        await expect.poll(async () => (await legend(page)).submitted).toBe('Submitted 7');
      }

      // Retry once the file is back.
      failing = false;
      await problem.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('alert').locator(`li[data-file="${file}"]`)).toHaveCount(0);
      await waitForMap(page);
      await expect.poll(async () => (await legend(page)).submitted).toBe('Submitted 7');
    });
  }
}

test('?records= at an http address elsewhere is refused with the reason, not fetched', async ({ page }) => {
  await page.goto('?view=data&records=http://data.example.org/gsp/latest.csv');
  await expect(page.getByRole('alert').locator('li[data-file="latest.csv"]')).toContainText(
    'latest.csv cannot be read from http://data.example.org/gsp/latest.csv: only https addresses, or this site’s own, can be read.',
  );
  await expect(page.getByRole('alert')).not.toContainText('Failed to fetch');
});

test('malformed JSON names the file and the problem', async ({ page }) => {
  await page.route('**/data/products.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id": "gsocseq",' }),
  );
  await page.goto('');
  await expect(page.getByRole('alert')).toContainText('products.json is not valid JSON');
  await waitForMap(page);
});

test('a lost WebGL context gives way to the SVG map', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'no-webgl', 'needs WebGL to lose it');
  await page.goto('?product=gsasmap&renderer=webgl');
  await waitForWebGL(page);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-mode', 'svg');
  await expect(page.getByTestId('map').locator('path[data-iso3="CHN"]')).toHaveAttribute(
    'data-status',
    'not_submitted',
  );
  await expect.poll(async () => (await legend(page)).not_submitted).toBe('Not submitted 8');
});
