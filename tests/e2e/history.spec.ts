import { readFile } from 'node:fs/promises';
import { expect, legend, test, waitForMap } from './fixtures';

// A short history of GSOCseq in the Asian Soil Partnership, on four dates.
const HISTORY = `product,country,status,date,note,source
gsocseq,NPL,in_preparation,2020-01-10,,test
gsocseq,NPL,submitted,2021-05-01,,test
gsocseq,IND,submitted,2021-09-01,,test
gsocseq,BTN,in_preparation,2022-01-01,,test
gsasmap,CHN,not_submitted,2021-07-07,,test
`;

test.beforeEach(async ({ page }) => {
  await page.route('**/data/records.csv', (route) =>
    route.fulfill({ body: HISTORY, contentType: 'text/csv; charset=utf-8' }),
  );
});

test('play steps the legend through the record dates and stops at the date it started from', async ({
  page,
}) => {
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  const entries = await page.evaluate(() => history.length);
  const play = page.getByTestId('history-play');
  const step = page.getByTestId('history-step');
  const submitted = async () => (await legend(page)).submitted;
  // The step and the legend read together, in one look at the page: the play does not wait.
  const shown = () =>
    page.evaluate(() => {
      const count = (status: string) =>
        document.querySelector(`.legend__item[data-status="${status}"] .legend__count`)?.textContent;
      return [
        document.querySelector('[data-testid="history-step"]')?.textContent,
        count('submitted'),
        count('in_preparation'),
      ];
    });
  await play.click();
  // Only this product's dates: GSASmap's record of 7 July 2021 is not a step.
  await expect.poll(shown, { intervals: [100] }).toEqual(['10 January 2020 (1 of 4)', '0', '1']);
  await expect.poll(shown, { intervals: [100] }).toEqual(['1 May 2021 (2 of 4)', '1', '0']);
  await expect.poll(shown, { intervals: [100] }).toEqual(['1 September 2021 (3 of 4)', '2', '0']);
  await expect.poll(shown, { intervals: [100] }).toEqual(['1 January 2022 (4 of 4)', '2', '1']);
  await expect(play).toHaveText(/Play/);
  expect(await submitted()).toBe('Submitted 2');
  expect((await legend(page)).in_preparation).toBe('In preparation 1');
  await expect(page).toHaveURL(/asof=2022-01-01/);
  // One history entry for the whole play.
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);

  // Back a step with the keyboard, in the player's group; the address keeps the date shown.
  await page.getByRole('button', { name: 'Previous date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveText('1 September 2021 (3 of 4)');
  await expect(page).toHaveURL(/asof=2021-09-01/);
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveText('1 May 2021 (2 of 4)');
  expect(await submitted()).toBe('Submitted 1');
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveText('10 January 2020 (1 of 4)');
  // Play, then pause: whichever date is shown by then (the play has three steps to go, 900 ms
  // each, and a busy machine can be slow between two clicks) holds, and so does the address.
  await play.click();
  await play.click();
  await expect(play).toHaveText(/Play/);
  const held = (await step.textContent())!;
  expect(held).toMatch(/\((1|2|3) of 4\)/);
  await page.waitForTimeout(2000);
  await expect(step).toHaveText(held);
  const heldDate = { '1': '2020-01-10', '2': '2021-05-01', '3': '2021-09-01' }[
    /\((\d) of 4\)/.exec(held)![1]!
  ];
  await expect(page).toHaveURL(new RegExp(`asof=${heldDate}`));
  // Play again goes on from there to the end.
  await play.click();
  await expect(step).toHaveText('1 January 2022 (4 of 4)', { timeout: 10_000 });
  await expect(play).toHaveText(/Play/);
});

test('present mode plays a slide’s history with the P key', async ({ page }) => {
  await page.goto('?view=present&product=gsocseq&region=asp');
  await expect(page.getByTestId('headline')).toHaveText('2 of 24 submitted');
  await page.keyboard.press('p');
  await expect(page.getByTestId('history-step')).toHaveText('10 January 2020 (1 of 4)');
  await expect(page.getByTestId('headline')).toHaveText('0 of 24 submitted');
  await expect(page.getByTestId('history-step')).toHaveText('1 January 2022 (4 of 4)', { timeout: 10_000 });
  await expect(page.getByTestId('headline')).toHaveText('2 of 24 submitted');
});

/** A GIF's frames: each one's size and delay (hundredths of a second), read block by block. */
function gifFrames(gif: Buffer): { width: number; height: number; delay: number }[] {
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  let at = 13;
  const packed = gif[10]!;
  if (packed & 0x80) at += 3 * 2 ** ((packed & 7) + 1);
  const skipSubBlocks = () => {
    while (gif[at] !== 0) at += gif[at]! + 1;
    at += 1;
  };
  const frames: { width: number; height: number; delay: number }[] = [];
  let delay = 0;
  for (;;) {
    const block = gif[at++];
    if (block === 0x3b) return frames;
    if (block === 0x21) {
      const label = gif[at++];
      if (label === 0xf9) delay = gif.readUInt16LE(at + 2);
      skipSubBlocks();
    } else if (block === 0x2c) {
      const width = gif.readUInt16LE(at + 4);
      const height = gif.readUInt16LE(at + 6);
      const local = gif[at + 8]!;
      at += 9;
      if (local & 0x80) at += 3 * 2 ** ((local & 7) + 1);
      at += 1; // LZW minimum code size
      skipSubBlocks();
      frames.push({ width, height, delay });
    } else {
      throw new Error(`unexpected GIF block ${block} at ${at - 1}`);
    }
  }
}

test('the history as an animated GIF: one frame per date, the last one held', async ({ page }) => {
  await page.goto('?product=gsocseq&region=asp');
  await waitForMap(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the history as GIF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('gsocseq-asp-2022-01-01-history.gif');
  const frames = gifFrames(await readFile((await download.path())!));
  expect(frames.map((f) => f.delay)).toEqual([90, 90, 90, 300]);
  expect(new Set(frames.map((f) => `${f.width}×${f.height}`)).size).toBe(1);
  expect(frames[0]!.width).toBe(1200);
});
