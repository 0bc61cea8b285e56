import { describe, expect, test } from "vitest";
import type { SiteContent } from "@/lib/content/load-content";
import { findNextStateChange } from "@/lib/publication/next-state-change";

const now = new Date("2026-11-26T12:00:00Z");
const day = 86_400_000;

function contentWith(interventions: Record<string, unknown>[], cguEffective: string[] = ["2026-01-01"]): SiteContent {
  return {
    interventions: interventions.map((frontmatter, index) => ({ slug: `entree-${index}`, frontmatter })),
    cguVersions: cguEffective.map((effective) => ({ frontmatter: { effective } })),
  } as unknown as SiteContent;
}

describe("the next instant a page changes by itself, for the mirror's next export", () => {
  test("is an ongoing intervention's end", () => {
    const end = new Date(now.getTime() + 2 * 3_600_000);
    expect(findNextStateChange(contentWith([{ start: new Date(now.getTime() - 3_600_000), end }]), now)).toEqual(end);
  });

  test("is the moment a planned intervention enters the seven days every page announces it, then its start", () => {
    const start = new Date(now.getTime() + 10 * day);
    const content = contentWith([{ start, end: new Date(start.getTime() + 3_600_000) }]);
    expect(findNextStateChange(content, now)).toEqual(new Date(start.getTime() - 7 * day));
    expect(findNextStateChange(content, new Date(start.getTime() - 7 * day))).toEqual(start);
  });

  test("is a dated update announced for later", () => {
    const at = new Date(now.getTime() + 60_000);
    expect(findNextStateChange(contentWith([{ start: new Date(now.getTime() - day), updates: [{ at, text: "…" }] }]), now)).toEqual(at);
  });

  test("ignores the announcement window of a cancelled intervention", () => {
    const start = new Date(now.getTime() + 10 * day);
    expect(findNextStateChange(contentWith([{ start, end: new Date(start.getTime() + 1), status: "cancelled" }]), now)).toEqual(start);
  });

  test("is midnight in Paris on the day a CGU version comes into force", () => {
    expect(findNextStateChange(contentWith([], ["2026-01-01", "2026-12-01"]), now)).toEqual(new Date("2026-11-30T23:00:00Z"));
  });

  test("is undefined when nothing is due", () => {
    expect(
      findNextStateChange(contentWith([{ start: new Date(now.getTime() - day), end: new Date(now.getTime() - 1) }]), now),
    ).toBeUndefined();
  });
});
