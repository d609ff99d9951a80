import { useEffect } from 'react';

let marked = false;

/** Marks the moment the first choropleth has painted with its colours, once per page. */
export function markMapReady(): void {
  if (marked) return;
  marked = true;
  performance.mark('map-ready');
}

/** Calls back once the browser has painted the current frame. */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Marks map-ready after the frame in which a map (`drawn`) first showed its colours. */
export function useMapReadyMark(drawn: boolean): void {
  useEffect(() => (drawn ? afterPaint(markMapReady) : undefined), [drawn]);
}
