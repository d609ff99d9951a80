// @vitest-environment jsdom
import { STATUS_COLORS } from '../palette';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseRecordsCsv } from '../../domain/records';
import { indexRecords } from '../../domain/status';
import type { Product, Region } from '../../domain/types';
import { geoFeaturesOf, toGeoFeatures, type GeoFeatures } from '../../geo/geoFeatures';
import { getI18n, loadLanguage } from '../i18n';
import { Figure, FIGURE_HEIGHT, FIGURE_WIDTH, figureLayout, wrap } from './Figure';
import { figureFileName, figureProps } from './figureProps';

const data = (name: string) => readFileSync(join(process.cwd(), 'public', 'data', name), 'utf8');
const products = JSON.parse(data('products.json')) as Product[];
const regions = (JSON.parse(data('regions.json')) as { regions: Region[] }).regions;
const records = parseRecordsCsv(data('records.csv'), {
  file: 'records.csv',
  products,
  today: '2026-01-01',
}).records;
const geo = toGeoFeatures(JSON.parse(data('boundaries.json')) as Topology);
const index = indexRecords(records);
const asp = regions.find((r) => r.id === 'asp')!;

function renderFigure(productId: string) {
  const product = products.find((p) => p.id === productId)!;
  const props = figureProps({ i18n: getI18n('en'), geo, index, product, region: asp, asOf: '2022-03-09' });
  return render(<Figure {...props} />).container.querySelector('svg')!;
}

describe('Figure on the embedded data', () => {
  const svg = renderFigure('gsocseq');
  const fillOf = (iso3: string) => svg.querySelector(`path[data-iso3="${iso3}"]`)?.getAttribute('fill');
  const legendFill = (status: string) =>
    svg.querySelector(`.figure-legend [data-status="${status}"] rect`)?.getAttribute('fill');

  it('colours each country with the fill of its legend entry', () => {
    expect(fillOf('BGD')).toBe(legendFill('submitted'));
    expect(fillOf('IDN')).toBe(legendFill('in_preparation'));
    expect(fillOf('AFG')).toBe(legendFill('no_information'));
    expect(legendFill('submitted')).not.toBe(legendFill('in_preparation'));
  });

  it('carries the title, counts, source and disclaimer', () => {
    // Lines of wrapped text are tspans: join them as a reader would.
    const text = [...svg.querySelectorAll('text')]
      .map((t) => (t.children.length ? [...t.children].map((c) => c.textContent).join(' ') : t.textContent))
      .join('\n');
    expect(text).toContain(
      'Submission of national maps to Global Soil Organic Carbon Sequestration Potential Map',
    );
    expect(text).toContain('(GSOCseq\u00a0v1.1)');
    expect(text).toContain('Asian Soil Partnership, status as of 9 March 2022');
    expect(text).toContain('ASP-VII report');
    expect(text).toContain('do not imply the expression of any opinion');
    expect(svg.querySelector('.figure-legend [data-status="submitted"]')?.getAttribute('data-count')).toBe(
      '7',
    );
  });

  it('draws every member of the region as a path', () => {
    const drawn = new Set(
      [...svg.querySelectorAll('path[data-iso3]')].map((p) => p.getAttribute('data-iso3')),
    );
    expect(asp.members.filter((m) => !drawn.has(m))).toEqual([]);
  });
});

describe('Figure snapshot', () => {
  it('is stable for a small synthetic map', () => {
    const square = (x: number, y: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [x, y],
          [x, y + 4],
          [x + 4, y + 4],
          [x + 4, y],
          [x, y],
        ],
      ],
    });
    const features = [
      { iso3: 'AAA', geometry: square(0, 0) },
      { iso3: 'BBB', geometry: square(5, 0) },
      { iso3: 'CCC', geometry: square(10, 0) },
    ].map(({ iso3, geometry }) => ({
      type: 'Feature' as const,
      id: iso3,
      geometry,
      properties: { iso3, name: iso3, un: true },
    }));
    const synthetic: GeoFeatures = geoFeaturesOf({
      countries: { type: 'FeatureCollection', features },
      points: { type: 'FeatureCollection', features: [] },
      other: { type: 'FeatureCollection', features: [] },
    });
    const { container } = render(
      <Figure
        geo={synthetic}
        colours={STATUS_COLORS}
        statuses={
          new Map([
            ['AAA', 'submitted'],
            ['BBB', 'no_information'],
            ['CCC', 'outside'],
          ])
        }
        fit={['AAA', 'BBB']}
        title="Submission of national maps to Test Map (TM v1)"
        subtitle="Test region, status as of 1 January 2022"
        legendTitle="Legend"
        legend={[
          { status: 'submitted', label: 'Submitted', count: 1 },
          { status: 'no_information', label: 'No information', count: 1 },
        ]}
        source="Source: test"
        disclaimer="Disclaimer."
        idPrefix="snap"
      />,
    );
    // One element a line, so that a changed snapshot reads as a diff of elements.
    expect(container.innerHTML.replace(/></g, '>\n<')).toMatchSnapshot();
  });
});

describe('the figure with many long sources', () => {
  it('grows so that the disclaimer stays inside it', () => {
    const source = Array.from(
      { length: 8 },
      (_, i) =>
        `Report of the meeting number ${i + 1} of a regional soil partnership, annex ${i}, table ${i * 3}`,
    ).join('; ');
    const product = products.find((p) => p.id === 'gsocseq')!;
    const props = {
      ...figureProps({ i18n: getI18n('en'), geo, index, product, region: asp, asOf: '2022-03-09' }),
      source,
    };
    const { container } = render(<Figure {...props} />);
    const svg = container.querySelector('svg')!;
    const height = Number(svg.getAttribute('height'));
    expect(height).toBeGreaterThan(FIGURE_HEIGHT);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${FIGURE_WIDTH} ${height}`);
    const disclaimer = svg.querySelector('[data-part="disclaimer"]')!;
    const lines = disclaimer.querySelectorAll('tspan').length;
    const lastBaseline = Number(disclaimer.getAttribute('y')) + (lines - 1) * 13;
    expect(lastBaseline).toBeLessThan(height - 4);
    expect(figureLayout(props).height).toBe(height);
  });
});

describe('the figure title in every language', () => {
  it.each(['en', 'fr', 'es', 'ru', 'zh', 'ar'])(
    '%s: keeps a product’s short name and version on one line, at any width',
    async (lang) => {
      await loadLanguage(lang);
      for (const product of products) {
        const { title } = figureProps({
          i18n: getI18n(lang),
          geo,
          index,
          product,
          region: asp,
          asOf: '2022-03-09',
        });
        const short = product.version ? `${product.short}\u00a0v${product.version}` : product.short;
        for (let width = 12; width <= 80; width++) {
          const lines = wrap(title, width);
          expect(
            lines.some((line) => line.includes(short)),
            `${lang} ${product.id} at ${width}`,
          ).toBe(true);
        }
      }
    },
  );

  it('breaks at ordinary spaces only', () => {
    expect(wrap('Soil map (GSASmap\u00a0v1.0) of Asia', 12)).toEqual([
      'Soil map',
      '(GSASmap\u00a0v1.0)',
      'of Asia',
    ]);
    expect(wrap('a\u202fb c', 1)).toEqual(['a\u202fb', 'c']);
  });
});

describe('wrap', () => {
  it('keeps words whole and breaks at spaces', () => {
    expect(wrap('The boundaries and names shown', 14)).toEqual(['The boundaries', 'and names', 'shown']);
  });

  it('breaks Chinese text between characters, each as wide as two letters', () => {
    expect(wrap('本地图所示边界和名称', 8)).toEqual(['本地图所', '示边界和', '名称']);
    expect(wrap('边界：Natural Earth。', 14)).toEqual(['边界：Natural', 'Earth。']);
  });
});

describe('the figure right to left', () => {
  it('is mirrored: text from the right edge, the map on the right, the legend on its left', async () => {
    await loadLanguage('ar');
    const product = products.find((p) => p.id === 'gsocseq')!;
    const props = figureProps({ i18n: getI18n('ar'), geo, index, product, region: asp, asOf: '2022-03-09' });
    expect(props.dir).toBe('rtl');
    const svg = render(<Figure {...props} />).container.querySelector('svg')!;
    expect(svg.getAttribute('direction')).toBe('rtl');
    const title = svg.querySelector('text')!;
    expect(Number(title.getAttribute('x'))).toBe(FIGURE_WIDTH - 24);
    const translateX = (g: Element) => Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform')!)![1]);
    const map = svg.querySelector('g[transform]')!;
    const legend = svg.querySelector('g.figure-legend')!;
    expect(translateX(map)).toBeGreaterThan(translateX(legend));
    // The disclaimer starts at the right edge too, and says it in Arabic.
    const disclaimer = svg.querySelector('[data-part="disclaimer"]')!;
    expect(Number(disclaimer.getAttribute('x'))).toBe(FIGURE_WIDTH - 24);
    expect(disclaimer.textContent).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('a figure with a draft recorded in this browser', () => {
  it('says in its source line how many statuses shown are local drafts, not published', () => {
    const product = products[0]!;
    const draft = {
      ...records[0]!,
      country: 'PAK',
      date: '2024-05-10',
      source: 'e-mail',
      line: 99,
      draft: 'd1',
    };
    const at = { i18n: getI18n('en'), geo, product, region: asp };
    const withDraft = figureProps({ ...at, index: indexRecords([...records, draft]), asOf: '2024-05-10' });
    expect(withDraft.source).toMatch(/e-mail.* Includes 1 local draft, not published\.$/);
    expect(withDraft.statuses.get('PAK')).toBe('submitted');
    // Before the draft's date, it is not shown, and not mentioned.
    expect(
      figureProps({ ...at, index: indexRecords([...records, draft]), asOf: '2024-05-09' }).source,
    ).not.toMatch(/draft/);
  });
});

describe('the figure of what changed since a date', () => {
  const product = products.find((p) => p.id === 'gsocseq')!;
  const at = { i18n: getI18n('en'), geo, index, product, region: asp, asOf: '2022-03-09' };
  const props = figureProps({ ...at, since: '2022-01-01' });
  const svg = render(<Figure {...props} />).container.querySelector('svg')!;
  const legendEntry = (status: string) => svg.querySelector(`.figure-legend [data-status="${status}"]`)!;

  it('gives each count its change, as the legend on screen does', () => {
    expect(legendEntry('submitted').getAttribute('data-change')).toBe('7');
    expect(legendEntry('submitted').textContent).toContain('7 (+7)');
    expect(legendEntry('no_information').textContent).toMatch(/10 \([-−]14\)$/);
    // A count that did not change carries no change.
    expect(legendEntry('not_submitted').hasAttribute('data-change')).toBe(false);
    expect(legendEntry('not_submitted').textContent).not.toContain('(');
  });

  it('outlines dashed the countries that changed, and names them in the legend', () => {
    const marked = new Set(
      [...svg.querySelectorAll('[data-marked]')].map((e) => e.getAttribute('data-marked')),
    );
    expect([...marked].sort()).toEqual(
      [
        'BGD',
        'BTN',
        'IDN',
        'IND',
        'KHM',
        'KOR',
        'LAO',
        'LKA',
        'MMR',
        'MNG',
        'NPL',
        'PHL',
        'THA',
        'VNM',
      ].sort(),
    );
    const label = [...svg.querySelectorAll('[data-part="marked"] text')].map((t) => t.textContent).join(' ');
    expect(label).toBe('14 countries changed since 1 January 2022');
  });

  it('says the date in its subtitle and its file name', () => {
    expect(props.subtitle).toBe(
      'Asian Soil Partnership, status as of 9 March 2022; changes since 1 January 2022 in brackets',
    );
    expect(figureFileName(product, asp, '2022-03-09', '2022-01-01')).toBe(
      'gsocseq-asp-2022-03-09-since-2022-01-01',
    );
    expect(figureFileName(product, asp, '2022-03-09')).toBe('gsocseq-asp-2022-03-09');
  });

  it('without a date is the plain figure', () => {
    const plain = figureProps(at);
    expect(plain.marked).toBeUndefined();
    expect(plain.legend.every((e) => e.change === undefined)).toBe(true);
    expect(plain.subtitle).toBe('Asian Soil Partnership, status as of 9 March 2022');
  });
});
