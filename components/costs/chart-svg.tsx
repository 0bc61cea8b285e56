import type { ReactNode } from "react";
import type { ChartFrame } from "@/lib/costs/charts/chart-frame";

/**
 * The frame shared by the site's charts: an SVG that scales to its container, exposed as one
 * image whose accessible name is its title and whose description says what it shows.
 */
export function ChartSvg({
  id,
  frame,
  title,
  summary,
  className,
  children,
}: {
  id: string;
  frame: ChartFrame;
  title: string;
  summary: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-labelledby={`${id}-titre`}
      aria-describedby={`${id}-description`}
      className={`h-auto w-full max-w-xl ${className}`}
    >
      <title id={`${id}-titre`}>{title}</title>
      <desc id={`${id}-description`}>{summary}</desc>
      {children}
    </svg>
  );
}
