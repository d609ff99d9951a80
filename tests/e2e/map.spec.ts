import type { Page } from '@playwright/test';
import { cameraTransform, worldShift, worldX, worldY, type Camera } from '../../src/geo/mercator';
import { SEA_COLOR, STATUS_COLORS } from '../../src/shared/palette';
import { expect, test, waitForMap, waitForWebGL } from './fixtures';

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const distance = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

/** A screenshot of the map, as the user sees it (PNG, base64). */
async function mapShot(page: Page): Promise<string> {
  const box = (await page.getByTestId('map').boundingBox())!;
  return (await page.screenshot({ clip: box, animations: 'disabled' })).toString('base64');
}

/** The colours at some points of a screenshot, read in the page. */
function colours(page: Page, png: string, points: [number, number][]): Promise<Rgb[]> {
  return page.evaluate(
    async ({ png, points }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => {
        const [r, g, b] = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return [r!, g!, b!] as [number, number, number];
      });
    },
    { png, points },
  );
}

/** The share of pixels that differ clearly between two screenshots of the same size. */
function differingShare(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const read = async (png: string) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([read(a), read(b)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(
          Math.abs(x.data[i]! - y.data[i]!),
          Math.abs(x.data[i + 1]! - y.data[i + 1]!),
          Math.abs(x.data[i + 2]! - y.data[i + 2]!),
        );
        if (d > 60) differing++;
      }
      return differing / (x.width * x.height);
    },
    { a, b },
  );
}

/** From longitude and latitude to pixels of the map, with the camera the map element reports. */
async function projector(page: Page): Promise<(lng: number, lat: number) => [number, number]> {
  const map = page.getByTestId('map');
  const [cx, cy, zoom] = (await map.getAttribute('data-camera'))!.split(',').map(Number);
  const box = (await map.boundingBox())!;
  const camera: Camera = { center: [cx!, cy!], zoom: zoom! };
  const t = cameraTransform(camera, { width: box.width, height: box.height });
  return (lng, lat) => {
    const x = worldX(lng);
    return [(x + worldShift(x, camera)) * t.k + t.x, worldY(lat) * t.k + t.y];
  };
}

test('the SVG map paints first and MapLibre takes over without moving anything', async ({ page }, info) => {
  test.skip(info.project.name === 'no-webgl', 'no WebGL to take over');
  // Hold MapLibre's chunk back a moment, so the SVG map can be seen alone.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/WebGLMap-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('?product=gsocseq&region=asp&renderer=webgl');
  await waitForMap(page);
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-map-mode', 'svg');
  const before = await mapShot(page);
  release();
  await waitForWebGL(page);
  await expect(map).toHaveAttribute('data-map-mode', 'webgl');
  await expect(map.locator('canvas')).toHaveCount(1);
  const after = await mapShot(page);
  const marks = await page.evaluate(() =>
    ['map-ready', 'webgl-ready'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
  );
  expect(marks[0]).toBeLessThan(marks[1]!);

  // Same frame, same colours: only outlines (anti-aliased differently), the phase of the No
  // information hatch and the zoom buttons differ.
  expect(await differingShare(page, before, after)).toBeLessThan(0.06);
  // And the countries are where they were: India's and Mongolia's colours at their centres.
  const project = await projector(page);
  const centres = [project(78.5, 22), project(103, 46.5)];
  for (const shot of [before, after]) {
    const [india, mongolia] = await colours(page, shot, centres);
    expect(distance(india!, rgb(STATUS_COLORS.submitted))).toBeLessThan(12);
    expect(distance(mongolia!, rgb(STATUS_COLORS.in_preparation))).toBeLessThan(12);
  }
});

test('at world extent with every country coloured, the oceans stay clear', async ({ page }, info) => {
  // Every country on the map Submitted: a country drawn across the antimeridian would show as
  // a band of that colour across the oceans at its latitude.
  const topology = await (await page.request.get('data/boundaries.json')).json();
  const countries: string[] = topology.objects.countries.geometries.map((g: { id: string }) => g.id);
  const csv = [
    'product,country,status,date,note,source',
    ...countries.map((c) => `gsocseq,${c},submitted,2022-03-09,,test`),
  ].join('\n');
  await page.route(/data\/records\.csv$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: csv }),
  );
  await page.goto(
    `?product=gsocseq&region=world${info.project.name === 'no-webgl' ? '' : '&renderer=webgl'}`,
  );
  await waitForMap(page);
  // Meridians of open ocean, pixel by pixel: the Norwegian Sea (Russia's latitudes), the
  // eastern Pacific (Fiji's) and the Atlantic. A shape drawn across the antimeridian, or its
  // outline, crosses them as a band or a line.
  const seaColumns = <const>[
    [0, 62, 79],
    [-125, 33, -55],
    [-20, 30, -50],
  ];
  const land = <const>[
    [100, 62], // Russia
    [-55, -10], // Brazil
  ];
  const check = async () => {
    const shot = await mapShot(page);
    const project = await projector(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    const sea: [number, number][] = [];
    for (const [lng, north, south] of seaColumns) {
      const [x, top] = project(lng, north);
      const [, bottom] = project(lng, south);
      for (let y = Math.max(0, Math.ceil(top)); y <= Math.min(box.height - 1, bottom); y++) sea.push([x, y]);
    }
    expect(sea.length).toBeGreaterThan(200);
    const seaColours = await colours(page, shot, sea);
    const stray = sea.filter((_, i) => distance(seaColours[i]!, rgb(SEA_COLOR)) >= 12);
    expect(stray, 'pixels of the open ocean that are not sea').toEqual([]);
    for (const c of await colours(
      page,
      shot,
      land.map(([lng, lat]) => project(lng, lat)),
    ))
      expect(distance(c, rgb(STATUS_COLORS.submitted))).toBeLessThan(12);
  };
  await check();
  if (info.project.name !== 'no-webgl') {
    await waitForWebGL(page);
    await check();
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Fingers on the screen through the browser's own input (one CDP session keeps the touches). */
  async function fingers(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    return (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
  }
  const cameraOf = async (page: Page) =>
    (await page.getByTestId('map').getAttribute('data-camera'))!.split(',').map(Number);

  test('one finger over the map scrolls the page (with a hint to use two); two fingers pinch it to zoom', async ({
    page,
  }) => {
    await page.goto('?product=gsocseq&region=asp&renderer=svg');
    await waitForMap(page);
    const map = page.getByTestId('map');
    const box = (await map.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.7;
    const before = await cameraOf(page);
    const touch = await fingers(page);

    // One finger, upwards: the page scrolls, the map stays, and says how to move it.
    await touch('touchStart', [[x, y]]);
    for (let step = 1; step <= 10; step++) await touch('touchMove', [[x, y - step * 20]]);
    await touch('touchEnd', []);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
    expect(await cameraOf(page)).toEqual(before);
    await expect(
      page.getByRole('status').filter({ hasText: 'Use two fingers to move the map' }),
    ).toBeVisible();

    // Two fingers apart, once the page has come to rest: the map zooms in; the page does not move.
    // (A swipe's scroll glides on for a while: at rest means the same for half a second.)
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const before = window.scrollY;
            await new Promise((r) => setTimeout(r, 500));
            return window.scrollY === before;
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    const after = (await map.boundingBox())!;
    const cy = after.y + after.height / 2;
    const scrolled = await page.evaluate(() => window.scrollY);
    await touch('touchStart', [
      [x - 30, cy],
      [x + 30, cy],
    ]);
    for (let step = 1; step <= 10; step++)
      await touch('touchMove', [
        [x - 30 - step * 8, cy],
        [x + 30 + step * 8, cy],
      ]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await cameraOf(page))[2]).toBeGreaterThan(before[2]! + 0.9);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  for (const lang of ['en', 'ar']) {
    test(`a tapped country answers in view, over the map, and closes back to it (${lang})`, async ({
      page,
    }) => {
      await page.goto(`?lang=${lang}`);
      await waitForMap(page);
      const map = page.getByTestId('map');
      // The reader scrolls the map to the top of the screen, as to look at it.
      await map.evaluate((m) => window.scrollTo(0, m.getBoundingClientRect().top + window.scrollY - 8));
      const scrolled = await page.evaluate(() => window.scrollY);
      const india = (await map.locator('path[data-iso3="IND"]').first().boundingBox())!;
      await page.touchscreen.tap(india.x + india.width / 2, india.y + india.height / 3);
      await expect(page).toHaveURL(/country=IND/);
      const panel = page.locator('.panel[data-country="IND"]');
      await expect(panel).toBeVisible();
      // Wholly on the screen, where the reader is looking, without the page moving.
      const box = (await panel.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(844 + 0.5);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      // The map's upper part stays in sight above it.
      const mapBox = (await map.boundingBox())!;
      expect(box.y - mapBox.y).toBeGreaterThan(200);

      await panel.locator('.panel__close').tap();
      await expect(panel).toBeHidden();
      await expect(page).not.toHaveURL(/country=/);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    });
  }
});

test('the SVG map with a mouse: the wheel zooms, a drag pans without choosing a country, a double click zooms in', async ({
  page,
}) => {
  await page.goto('?product=gsocseq&region=asp&renderer=svg');
  await waitForMap(page);
  const map = page.getByTestId('map');
  const cameraNow = async () => (await map.getAttribute('data-camera'))!.split(',').map(Number);
  const box = (await map.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  // Pan and zoom come in their own chunk once the map has painted; the charts after the map.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.overview__charts:not([aria-busy])')).toBeVisible();
  const start = await cameraNow();

  // A click on the sea (the Indian Ocean at 90° E, 15° S) whose pointer trembles a pixel or two
  // is a click: the map does not move.
  const t = cameraTransform({ center: [start[0]!, start[1]!], zoom: start[2]! }, box);
  const [seaX, seaY] = [box.x + worldX(90) * t.k + t.x, box.y + worldY(-15) * t.k + t.y];
  await page.mouse.move(seaX, seaY);
  await page.mouse.down();
  await page.mouse.move(seaX + 2, seaY + 1);
  await page.mouse.up();
  expect(await cameraNow()).toEqual(start);
  const clicked = new URL(page.url()).searchParams.get('country');
  await page.mouse.move(x, y);

  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await cameraNow())[2]).toBeGreaterThan(start[2]!);

  const zoomed = await cameraNow();
  await page.mouse.down();
  await page.mouse.move(x + 120, y + 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await cameraNow())[0]).toBeLessThan(zoomed[0]!);
  // The drag chose nothing: the country is still the one the click chose (if any).
  expect(new URL(page.url()).searchParams.get('country')).toBe(clicked);

  const panned = await cameraNow();
  await page.mouse.dblclick(x, y);
  await expect.poll(async () => (await cameraNow())[2]).toBeGreaterThan(panned[2]! + 0.5);
});
