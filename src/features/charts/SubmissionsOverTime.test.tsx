// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fitLabels, SERIES_COLORS, SubmissionsOverTime } from './SubmissionsOverTime';

afterEach(cleanup);

/** Contrast of a colour against white (WCAG). */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
}

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
    for (const c of SERIES_COLORS) expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(4.5);
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
