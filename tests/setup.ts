import '@testing-library/jest-dom/vitest';

// jsdom lays nothing out: a ResizeObserver that reports a fixed size lets components that draw
// to their box (the map) render as they would in a browser window.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class FixedSizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const contentRect = { width: 800, height: 500, top: 0, left: 0, right: 800, bottom: 500, x: 0, y: 0 };
      queueMicrotask(() =>
        this.callback([{ target, contentRect } as unknown as ResizeObserverEntry], this as never),
      );
    }
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: FixedSizeObserver });
}
