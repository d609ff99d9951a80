// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarRows } from './BarRows';
import { DEFAULT_VOCABULARY } from '../../domain/stages';

afterEach(cleanup);

describe('BarRows', () => {
  it('counts Not applicable out of "of N" and says so', () => {
    render(
      <BarRows
        title="By product"
        kind="product"
        barHeight={12}
        rows={[
          {
            id: 'p',
            label: 'P',
            vocabulary: DEFAULT_VOCABULARY,
            counts: {
              submitted: 7,
              in_preparation: 7,
              not_submitted: 0,
              not_applicable: 2,
              no_information: 8,
            },
          },
          {
            id: 'q',
            label: 'Q',
            vocabulary: DEFAULT_VOCABULARY,
            counts: {
              submitted: 1,
              in_preparation: 0,
              not_submitted: 0,
              not_applicable: 0,
              no_information: 23,
            },
          },
        ]}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByRole('img', { name: /^P:/ })).toHaveAccessibleName(
      'P: 7 of 22 submitted, 2 countries not applicable, not counted',
    );
    expect(screen.getByRole('img', { name: /^Q:/ })).toHaveAccessibleName('Q: 1 of 24 submitted');
  });
});
