// Part 4: the page's JavaScript heap after load and after MEMORY_CHANGES changes (product,
// region and as-of in turn), each after a forced garbage collection, and the growth in %.
// Main thread only (workers have their own heaps).
import { MEMORY_CHANGES } from '../config.mjs';
import { changeKinds, installChangeHarness, openCold, settle, timeChange } from '../page.mjs';

async function heapAfterGc(cdp) {
  // Twice: the first collection can leave objects with finalisers for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  return { usedSize, totalSize };
}

export async function measureMemory(browser, url, { products, regions, dates }) {
  const { context, page, webglReady } = await openCold(browser, url, { webgl: true });
  try {
    await settle(page, 1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const afterLoad = await heapAfterGc(cdp);
    await installChangeHarness(page);

    const mode = await page.evaluate(() => window.__bench.mode());
    let state = await page.evaluate(() => ({
      product: document.querySelector('input[name=product]:checked')?.value,
      region: document.querySelector('#region-select')?.value,
      asOf: document.querySelector('#asof-input')?.value,
    }));
    const kinds = [
      ['product', products],
      ['region', regions],
      ['asOf', dates],
    ];
    let failures = 0;
    for (let i = 0; i < MEMORY_CHANGES; i++) {
      const [kind, values] = kinds[i % kinds.length];
      // Each kind steps through its values; skip the one shown now.
      let value = values[Math.floor(i / kinds.length) % values.length];
      if (value === state[kind]) value = values[(Math.floor(i / kinds.length) + 1) % values.length];
      try {
        const r = await timeChange(page, changeKinds[kind](value), state);
        state = r.state;
        if (r.timedOut) failures++;
      } catch {
        failures++;
      }
    }
    await settle(page, 1000);
    const afterChanges = await heapAfterGc(cdp);
    return {
      url,
      mode,
      webglReady,
      changes: MEMORY_CHANGES,
      failures,
      afterLoad,
      afterChanges,
      growthPct: ((afterChanges.usedSize - afterLoad.usedSize) / afterLoad.usedSize) * 100,
    };
  } finally {
    await context.close();
  }
}
