import { describe, expect, test } from "vitest";
import type { InterventionFrontmatter } from "@/lib/content/schemas/intervention";
import {
  getInterventionState,
  groupByParisYear,
  groupInterventions,
  hasUnconfirmedEnd,
  listInterventionsToAnnounce,
} from "@/lib/interventions/state";
import { buildTimeline, computeSequence, findLastChange } from "@/lib/interventions/timeline";

const now = new Date("2026-11-26T12:00:00+01:00");
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

function entry(slug: string, fields: Partial<InterventionFrontmatter>) {
  const frontmatter: InterventionFrontmatter = {
    title: slug,
    kind: "maintenance",
    start: hours(1),
    end: hours(2),
    impact: "interruption",
    services: ["conteneurs"],
    summary: "…",
    announced: hours(-72),
    ...fields,
  };
  return { slug, frontmatter };
}

describe("the state of an intervention is computed from the clock", () => {
  test("before its start it is upcoming, during it ongoing, after its end completed", () => {
    const maintenance = entry("m", {}).frontmatter;
    expect(getInterventionState(maintenance, hours(0))).toBe("upcoming");
    expect(getInterventionState(maintenance, hours(1.5))).toBe("ongoing");
    expect(getInterventionState(maintenance, hours(2))).toBe("completed");
  });

  test("an incident without an end stays ongoing, however long ago it started", () => {
    const incident = entry("i", { kind: "incident", start: hours(-500), end: undefined }).frontmatter;
    expect(getInterventionState(incident, now)).toBe("ongoing");
    expect(getInterventionState(incident, hours(10_000))).toBe("ongoing");
  });

  test("a cancelled one is cancelled, whatever its dates", () => {
    const cancelled = entry("c", { status: "cancelled", cancellation: { at: hours(-1), reason: "…" } }).frontmatter;
    expect(getInterventionState(cancelled, hours(1.5))).toBe("cancelled");
  });

  test("planned work past its end, not marked completed, is flagged as unconfirmed", () => {
    expect(hasUnconfirmedEnd(entry("m", { start: hours(-3), end: hours(-2) }).frontmatter, now)).toBe(true);
    expect(hasUnconfirmedEnd(entry("m", { start: hours(-3), end: hours(-2), status: "completed" }).frontmatter, now)).toBe(false);
    expect(hasUnconfirmedEnd(entry("i", { kind: "incident", start: hours(-3), end: hours(-2) }).frontmatter, now)).toBe(false);
  });
});

describe("the log's order", () => {
  const entries = [
    entry("past-old", { start: hours(-100), end: hours(-99) }),
    entry("upcoming-late", { start: hours(48), end: hours(49) }),
    entry("ongoing", { kind: "incident", start: hours(-1), end: undefined }),
    entry("past-recent", { start: hours(-10), end: hours(-9) }),
    entry("upcoming-soon", { start: hours(5), end: hours(6) }),
    entry("cancelled-future", { start: hours(20), end: hours(21), status: "cancelled", cancellation: { at: hours(-1), reason: "…" } }),
  ];

  test("is ongoing first, then upcoming soonest first, then past newest first", () => {
    const groups = groupInterventions(entries, now);
    expect(groups.ongoing.map((item) => item.slug)).toEqual(["ongoing"]);
    expect(groups.upcoming.map((item) => item.slug)).toEqual(["upcoming-soon", "cancelled-future", "upcoming-late"]);
    expect(groups.past.map((item) => item.slug)).toEqual(["past-recent", "past-old"]);
  });

  test("every page announces what is ongoing or starts within seven days, but not what was cancelled", () => {
    const announced = listInterventionsToAnnounce([...entries, entry("in-8-days", { start: hours(8 * 24), end: hours(8 * 24 + 1) })], now);
    expect(announced.map((item) => item.slug)).toEqual(["ongoing", "upcoming-soon", "upcoming-late"]);
  });

  test("years are Paris years: 23:30 UTC on 31 December is already next year in Paris", () => {
    const newYear = entry("nouvel-an", { start: new Date("2026-12-31T23:30:00Z"), end: new Date("2027-01-01T00:30:00Z") });
    expect(groupByParisYear([newYear]).map((group) => group.year)).toEqual([2027]);
  });
});

describe("the timeline", () => {
  const rescheduled = entry("r", {
    announced: hours(-200),
    start: hours(30),
    end: hours(31),
    reschedules: [{ at: hours(-20), previousStart: hours(5), previousEnd: hours(6), reason: "Pièce livrée en retard." }],
    updates: [{ at: hours(-10), text: "Créneau confirmé avec Hetzner." }],
  }).frontmatter;

  test("lists announcement, reschedule, updates, then the planned start and end, in order", () => {
    const events = buildTimeline(rescheduled, now);
    expect(events.map((event) => [event.kind, event.planned])).toEqual([
      ["announced", false],
      ["rescheduled", false],
      ["update", false],
      ["start", true],
      ["end", true],
    ]);
    expect(events[1]?.previous?.start).toEqual(hours(5));
  });

  test("each reschedule and a cancellation raise the calendar sequence", () => {
    expect(computeSequence(rescheduled)).toBe(1);
    expect(computeSequence({ ...rescheduled, status: "cancelled" })).toBe(2);
    expect(computeSequence(entry("plain", {}).frontmatter)).toBe(0);
  });

  test("its last change is the latest event that has happened, never a future one", () => {
    expect(findLastChange(rescheduled, now)).toEqual(hours(-10));
  });
});
