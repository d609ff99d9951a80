import { screen, within } from '@testing-library/react';
import type { MapViewProps } from '../src/features/map/MapView';

/** jsdom has no WebGL: component tests replace the map with a stand-in showing what it was given. */
export const mapViewStub = {
  MapView: (props: MapViewProps) => (
    <div data-testid="map-stub" data-selected={props.selected ?? ''}>
      {[...(props.statuses ?? [])].map(([iso3, status]) => (
        <span key={iso3} data-iso3={iso3} data-status={status} />
      ))}
    </div>
  ),
};

/** The legend's items as { status: "Label count" }. */
export function legendItems(): Record<string, string> {
  const legend = screen.getByRole('list', { name: 'Legend' });
  return Object.fromEntries(
    within(legend)
      .getAllByRole('button')
      .map((b) => [b.getAttribute('data-status'), b.textContent ?? '']),
  );
}
