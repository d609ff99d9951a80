import { screen, waitFor, within } from '@testing-library/react';
/** The map (the real SVG one: jsdom has no WebGL) once it shows countries. */
export async function findMap(): Promise<HTMLElement> {
  // The whole world's boundaries are prepared in slices first: on a busy machine, seconds.
  return waitFor(
    () => {
      const map = screen.getByTestId('map');
      if (!map.querySelector('path[data-iso3]')) throw new Error('the map shows no countries yet');
      return map;
    },
    { timeout: 5000 },
  );
}

/** The legend's items as { status: "Label count" }. */
/**
 * The legend, once the data is in: the records reader and the data's validators are chunks of
 * their own, fetched (transformed, in tests) at the first load; on a busy machine, seconds.
 */
export function findLegend(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: 'Legend' }, { timeout: 5000 });
}

export function legendItems(): Record<string, string> {
  const legend = screen.getByRole('list', { name: 'Legend' });
  return Object.fromEntries(
    within(legend)
      .getAllByRole('button')
      .map((b) => [b.getAttribute('data-status'), b.textContent ?? '']),
  );
}
