// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchSettings } from '../data/fetchFile';
import { initialAppState, useAppStore } from '../state/store';
import { dataFile } from '../../tests/msw/handlers';
import { findLegend, findMap, legendItems } from '../../tests/appHarness';
import { server, setupMswServer } from '../../tests/msw/server';

// jsdom has no WebGL: the SVG map is drawn.
const { App } = await import('./App');
const { loadAll } = await import('./loadData');

setupMswServer();
beforeEach(() => {
  fetchSettings.timeoutMs = 200;
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  useAppStore.setState(initialAppState, true);
  fetchSettings.timeoutMs = 20_000;
});

type Fault = [name: string, respond: () => Promise<Response> | Response, message: RegExp];
const FAULTS: Fault[] = [
  ['missing (404)', () => new HttpResponse('Not found', { status: 404 }), /was not found \(404\)/],
  ['server error', () => new HttpResponse('oops', { status: 500 }), /the server answered 500/],
  [
    'timeout',
    async () => {
      await delay('infinite');
      return new HttpResponse('');
    },
    /did not arrive within 0.2 seconds/,
  ],
  [
    'malformed JSON',
    () => new HttpResponse('{"regions": [', { headers: { 'content-type': 'application/json' } }),
    /is not valid JSON|does not match/,
  ],
  ['empty file', () => new HttpResponse('', { status: 200 }), /is empty/],
  [
    'HTML where data was expected',
    () =>
      new HttpResponse('<!doctype html><html><body>Welcome</body></html>', {
        headers: { 'content-type': 'text/html' },
      }),
    /is a web page, not a data file/,
  ],
];

describe.each(['products.json', 'regions.json', 'records.csv', 'boundaries.json'])(
  'when %s fails',
  (file) => {
    it.each(FAULTS)(
      '%s: says which file and why, offers a retry, and the rest works',
      async (_name, respond, message) => {
        server.use(http.get(`*/data/${file}`, respond));
        void loadAll();
        render(<App />);
        if (file.endsWith('.csv') && _name === 'malformed JSON') {
          // Garbage in a CSV file is not a load failure but a file without the required columns.
          expect(await screen.findByText(/records.csv, line 1: missing column\(s\)/)).toBeInTheDocument();
        } else {
          const problem = await screen.findByText(message, {}, { timeout: 3000 });
          expect(problem.textContent).toContain(file);
          expect(
            within(problem.closest('li')!).getByRole('button', { name: 'Try again' }),
          ).toBeInTheDocument();
        }

        // What did load keeps working.
        if (file === 'boundaries.json') {
          expect(
            (await screen.findAllByText(/Without boundaries the map cannot be drawn/)).length,
          ).toBeGreaterThan(0);
          expect(legendItems().submitted).toBe('Submitted 7');
        } else if (file === 'records.csv') {
          await findMap();
          expect(legendItems().no_information).toBe('No information 24');
        } else if (file === 'regions.json') {
          // One region of every country; the counts follow the records.
          await findMap();
          expect(legendItems().submitted).toBe('Submitted 7');
        } else {
          // Products named by the ids the records use.
          await findMap();
          expect(screen.getByRole('radio', { name: 'gsocseq' })).toBeChecked();
          expect(legendItems().submitted).toBe('Submitted 7');
        }
      },
    );
  },
);

describe('retry', () => {
  it('loads a file that failed once when asked again', async () => {
    let calls = 0;
    server.use(
      http.get('*/data/records.csv', () =>
        ++calls === 1 ? new HttpResponse('', { status: 503 }) : new HttpResponse(dataFile('records.csv')),
      ),
    );
    void loadAll();
    render(<App />);
    const problem = await screen.findByText(/records.csv: the server answered 503/);
    await userEvent.click(within(problem.closest('li')!).getByRole('button', { name: 'Try again' }));
    await findMap();
    await findLegend();
    expect(legendItems().submitted).toBe('Submitted 7');
    expect(screen.queryByText(/the server answered 503/)).toBeNull();
  });
});

describe('validation of products.json and regions.json', () => {
  it('names the path of what is wrong', async () => {
    server.use(
      http.get('*/data/products.json', () =>
        HttpResponse.json([{ id: 'x', short: 'X', name: 'X', url: 'javascript:alert(1)' }]),
      ),
    );
    void loadAll();
    render(<App />);
    expect(
      await screen.findByText(/products.json does not match its format: 0.url: a link must start with http/),
    ).toBeInTheDocument();
  });
  it('reports a region member that is not an alpha-3 code', async () => {
    server.use(
      http.get('*/data/regions.json', () =>
        HttpResponse.json({
          regions: [{ id: 'r', name: 'R', kind: 'k', source: 's', members: ['BGD', 'bd'] }],
        }),
      ),
    );
    void loadAll();
    render(<App />);
    expect(
      await screen.findByText(/regions.json does not match its format: regions.0.members.1/),
    ).toBeInTheDocument();
  });
});
