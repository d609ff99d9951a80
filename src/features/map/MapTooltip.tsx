export interface TooltipContent {
  name: string;
  status: string;
  detail?: string;
  /** Said when the status shown comes from a draft: "Local draft, not published". */
  draft?: string;
}

/** The hover tooltip both maps show, placed next to the pointer; data shown as text only. */
export function MapTooltip({ tip, x, y }: { tip: TooltipContent; x: number; y: number }) {
  return (
    <div
      className="map__tooltip"
      role="status"
      style={{ left: 0, top: 0, transform: `translate(${x + 12}px, ${y + 12}px)` }}
    >
      <strong>{tip.name}</strong>
      <span>{tip.status}</span>
      {tip.detail && <span className="map__tooltip-detail">{tip.detail}</span>}
      {tip.draft && <span className="draft-mark">{tip.draft}</span>}
    </div>
  );
}
