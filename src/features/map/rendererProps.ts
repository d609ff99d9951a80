import type { Iso3, MapStatus, Status } from '../../domain/types';
import type { GeoFeatures } from '../../geo/geoFeatures';
import type { Camera } from '../../geo/mercator';
import type { StatusColours } from '../../shared/palette';
import type { TooltipContent } from './MapTooltip';

/** What both renderers of the overview map (SvgMap and WebGLMap) are given by ChoroplethMap. */
export interface RendererProps {
  geo: GeoFeatures;
  /** undefined until the colours are known. */
  statuses?: ReadonlyMap<Iso3, MapStatus>;
  /** Each status's colour, for the product shown (see statusColours). */
  colours: StatusColours;
  highlight?: Status;
  selected?: Iso3;
  /** The country chosen with the keyboard (see ChoroplethMap): outlined as when hovered. */
  focused?: Iso3;
  /** Outlined dashed: the countries whose status changed since a date. */
  marked?: ReadonlySet<Iso3>;
  camera: Camera;
  describe(iso3: Iso3): TooltipContent;
  onSelect(iso3: Iso3 | undefined): void;
  /** The user zoomed or dragged the map. */
  onCamera(camera: Camera): void;
  /** The colours in `statuses` have been drawn. */
  onPainted(): void;
}
