let marked = false;

/** Marks the moment the first choropleth has painted with its colours, once per page. */
export function markMapReady(): void {
  if (marked) return;
  marked = true;
  performance.mark('map-ready');
}
