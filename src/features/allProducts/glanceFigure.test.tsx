// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { indexRecords } from '../../domain/status';
import type { Product, Region, SubmissionRecord } from '../../domain/types';
import { toGeoFeatures } from '../../geo/geoFeatures';
import { GlanceFigure } from '../../shared/figure/GlanceFigure';
import { getI18n } from '../../shared/i18n';
import { glanceOf } from './allProducts';
import { glanceFigureProps } from './glanceFigure';

const geo = toGeoFeatures(
  JSON.parse(readFileSync(join(process.cwd(), 'public/data/boundaries.json'), 'utf8')) as Topology,
);
const region: Region = {
  id: 'r',
  name: 'Two countries',
  kind: 'partnership',
  source: 'test',
  members: ['NPL', 'IND'],
};
const records = [
  { country: 'NPL', product: 'a', status: 'submitted', date: '2022-01-01', source: 'Report A' },
  { country: 'IND', product: 'b', status: 'registered', date: '2022-01-01', source: 'Report B' },
] as SubmissionRecord[];
const index = indexRecords(records);

function figure(products: Product[]) {
  const glance = glanceOf(products, index, region.members, '2022-03-01', geo.byIso3.keys());
  const props = glanceFigureProps({ i18n: getI18n('en'), geo, index, glance, region, asOf: '2022-03-01' });
  return { props, svg: render(<GlanceFigure {...props} />).container.querySelector('svg')! };
}

describe('the figure of every product at a glance', () => {
  it('has a panel per product with its headline and counts, one legend when the statuses agree', () => {
    const { svg, props } = figure([
      { id: 'a', short: 'A', name: 'A' },
      { id: 'c', short: 'C', name: 'C' },
    ]);
    expect([...svg.querySelectorAll('g[data-product]')].map((g) => g.getAttribute('data-product'))).toEqual([
      'a',
      'c',
    ]);
    expect([...svg.querySelectorAll('[data-part="headline"]')].map((t) => t.textContent)).toEqual([
      '1 of 2 submitted',
      '0 of 2 submitted',
    ]);
    expect(svg.querySelectorAll('.figure-legend [data-status]')).toHaveLength(5);
    expect(svg.querySelector('g[data-product="a"] path[data-iso3="NPL"]')).toHaveAttribute(
      'data-status',
      'submitted',
    );
    expect(props.source).toBe('Source: Report A');
    expect(svg.textContent).toContain('do not imply the expression of any opinion');
  });

  it("names each map's statuses beside its counts when the products' statuses differ", () => {
    const own: Product = {
      id: 'b',
      short: 'B',
      name: 'B',
      statuses: [{ id: 'registered', label: 'Registered', stage: 'done' }],
      done: 'registered',
    };
    const { svg, props } = figure([{ id: 'a', short: 'A', name: 'A' }, own]);
    expect(props.legend).toBeUndefined();
    expect(svg.querySelector('.figure-legend')).toBeNull();
    expect(svg.querySelector('g[data-product="b"] [data-count][data-status="registered"]')?.textContent).toBe(
      'Registered 1',
    );
    expect(props.source).toBe('Source: Report A; Report B');
  });
});
