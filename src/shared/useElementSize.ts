import { useEffect, useState, type RefObject } from 'react';

/**
 * The content size of an element, following resizes; undefined until measured. `shown`: when
 * the element comes and goes (a slide without it), each change of it looks for the element again.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  shown?: unknown,
): { width: number; height: number } | undefined {
  const [size, setSize] = useState<{ width: number; height: number }>();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((s) =>
        s && s.width === Math.round(width) && s.height === Math.round(height)
          ? s
          : { width: Math.round(width), height: Math.round(height) },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, shown]);
  return size;
}
