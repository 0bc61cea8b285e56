/** Drawing area of an SVG chart, in viewBox units; the SVG itself scales to its container. */
export interface ChartFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export function innerSize(frame: ChartFrame): { width: number; height: number } {
  return {
    width: frame.width - frame.margin.left - frame.margin.right,
    height: frame.height - frame.margin.top - frame.margin.bottom,
  };
}

/** Two decimals are plenty for SVG coordinates and keep the markup small. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 100) / 100;
}
