// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { contrast } from '../../shared/colour';
import { getI18n, loadLanguage } from '../../shared/i18n';
import { I18nContext } from '../../shared/i18n/I18nProvider';
import { fitLabels, SERIES_COLORS, SubmissionsOverTime, tableRows } from './SubmissionsOverTime';

afterEach(cleanup);

describe('SubmissionsOverTime with many products', () => {
  const series = Array.from({ length: 20 }, (_, i) => ({
    id: `p${i}`,
    label: `Map${i + 1}`,
    points: [
      { date: '2021-01-01', submitted: i % 3 },
      { date: '2022-01-01', submitted: (i * 7) % 24 },
    ],
  }));

  it('gives twenty products twenty different colours, each readable on white', () => {
    const { container } = render(
      <SubmissionsOverTime title="Over time" series={series} asOf="2022-03-09" total={24} />,
    );
    const colours = [...container.querySelectorAll('[data-series] path')].map((p) =>
      p.getAttribute('stroke'),
    );
    expect(new Set(colours).size).toBe(20);
    for (const c of SERIES_COLORS) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every end label inside the chart and apart from the others', () => {
    const { container } = render(
      <SubmissionsOverTime title="Over time" series={series} asOf="2022-03-09" total={24} />,
    );
    const svg = container.querySelector('svg')!;
    const height = Number(svg.getAttribute('viewBox')!.split(' ')[3]);
    const ys = [...container.querySelectorAll('.chart__label')].map((t) => Number(t.getAttribute('y')));
    expect(ys).toHaveLength(20);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(height - 5);
    }
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(10.99);
  });
});

describe('fitLabels', () => {
  it('spreads crowded labels within the bounds, in order', () => {
    expect(fitLabels([100, 100, 100], 10, 0, 100)).toEqual([100, 90, 80]);
    expect(fitLabels([0, 0, 0], 10, 5, 100)).toEqual([25, 15, 5]);
  });
});

describe('the over-time chart as a table', () => {
  it('has a row for each date a series changes, with every series’ count on that date', () => {
    const rows = tableRows([
      {
        id: 'a',
        label: 'A',
        points: [
          { date: '2021-01-01', submitted: 1 },
          { date: '2021-06-01', submitted: 1 },
          { date: '2022-03-09', submitted: 4 },
        ],
      },
      { id: 'b', label: 'B', points: [{ date: '2021-06-01', submitted: 2 }] },
    ]);
    expect(rows).toEqual([
      { date: '2021-01-01', values: [1, 0] },
      { date: '2021-06-01', values: [1, 2] },
      { date: '2022-03-09', values: [4, 2] },
    ]);
  });
});

describe('SubmissionsOverTime right to left', () => {
  const series = [{ id: 'a', label: 'Amap', points: [{ date: '2021-01-01', submitted: 3 }] }];
  const anchors = (container: HTMLElement) =>
    [...container.querySelectorAll('text')].map(
      (t) => `${t.getAttribute('class')} ${t.getAttribute('text-anchor')}`,
    );

  it('anchors each label on the same side of its point or tick as in English, so none covers it', async () => {
    await loadLanguage('ar');
    const english = anchors(
      render(<SubmissionsOverTime title="t" series={series} asOf="2022-03-09" total={4} />).container,
    );
    cleanup();
    const arabic = anchors(
      render(
        <I18nContext value={getI18n('ar')}>
          <SubmissionsOverTime title="t" series={series} asOf="2022-03-09" total={4} />
        </I18nContext>,
      ).container,
    );
    const swapped = english.map((a) => a.replace(/start|end/, (w) => (w === 'start' ? 'end' : 'start')));
    expect(english).toContain('chart__label start');
    expect(arabic).toEqual(swapped);
  });
});
