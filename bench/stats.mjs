// Small statistics for the benchmark's figures.

const sorted = (values) => [...values].sort((a, b) => a - b);

/** The middle value (the mean of the middle two for an even count); undefined for none. */
export function median(values) {
  if (!values.length) return undefined;
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The p-th percentile by nearest rank (p95 of 50 values is the 48th smallest). */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Median, p95, min, max and count of a list of numbers. */
export function summary(values) {
  const s = sorted(values);
  return {
    n: s.length,
    median: median(s),
    p95: percentile(s, 95),
    min: s[0],
    max: s.at(-1),
  };
}
