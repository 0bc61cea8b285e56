import { describe, expect, test } from "vitest";
import {
  classifyInterruption,
  computeAvailability,
  mergeIntervals,
  prepareLog,
  type AvailabilityTerms,
  type InterventionTiming,
} from "@/lib/interventions/availability";
import { buildMonthlyPeriods, buildRollingPeriods } from "@/lib/interventions/availability-periods";

const terms: AvailabilityTerms[] = [{ effective: "2026-01-01", availabilityTargetRatio: 0.999, maintenanceNoticeHours: 48 }];
const since = new Date("2026-01-01T00:00:00+01:00");
const at = (iso: string) => new Date(iso);

function incident(start: string, end?: string): InterventionTiming {
  return { kind: "incident", impact: "interruption", start: at(start), end: end === undefined ? undefined : at(end) };
}

function maintenance(start: string, end: string, announced: string): InterventionTiming {
  return { kind: "maintenance", impact: "interruption", start: at(start), end: at(end), announced: at(announced) };
}

describe("what counts as downtime", () => {
  test("an incident that interrupts the service counts", () => {
    expect(classifyInterruption(incident("2026-02-01T10:00:00+01:00", "2026-02-01T11:00:00+01:00"), terms)).toBe("downtime");
  });

  test("maintenance announced 48 h ahead is planned and reported apart", () => {
    expect(
      classifyInterruption(maintenance("2026-02-10T22:00:00+01:00", "2026-02-10T23:00:00+01:00", "2026-02-08T22:00:00+01:00"), terms),
    ).toBe("planned");
  });

  test("maintenance announced less than 48 h ahead counts as downtime", () => {
    expect(
      classifyInterruption(maintenance("2026-02-10T22:00:00+01:00", "2026-02-10T23:00:00+01:00", "2026-02-08T22:01:00+01:00"), terms),
    ).toBe("downtime");
  });

  test("a degraded service, an intervention without interruption or a cancelled one never counts", () => {
    expect(classifyInterruption({ ...incident("2026-02-01T10:00:00+01:00", "2026-02-01T11:00:00+01:00"), impact: "degraded" }, terms)).toBe(
      "excluded",
    );
    expect(classifyInterruption({ ...incident("2026-02-01T10:00:00+01:00", "2026-02-01T11:00:00+01:00"), impact: "none" }, terms)).toBe(
      "excluded",
    );
    expect(
      classifyInterruption({ ...incident("2026-02-01T10:00:00+01:00", "2026-02-01T11:00:00+01:00"), status: "cancelled" }, terms),
    ).toBe("excluded");
  });

  test("the operator can override the default either way", () => {
    expect(
      classifyInterruption(
        { ...maintenance("2026-02-10T22:00:00+01:00", "2026-02-10T23:00:00+01:00", "2026-01-01T00:00:00+01:00"), countsAsDowntime: true },
        terms,
      ),
    ).toBe("downtime");
    expect(
      classifyInterruption({ ...incident("2026-02-01T10:00:00+01:00", "2026-02-01T11:00:00+01:00"), countsAsDowntime: false }, terms),
    ).toBe("excluded");
  });
});

describe("computeAvailability", () => {
  const february = {
    from: at("2026-02-01T00:00:00+01:00"),
    to: at("2026-03-01T00:00:00+01:00"),
    now: at("2026-06-01T00:00:00+02:00"),
    terms,
    inServiceSince: since,
  };

  test("overlapping incidents are merged, not counted twice", () => {
    const report = computeAvailability({
      ...february,
      interventions: [
        incident("2026-02-01T10:00:00+01:00", "2026-02-01T11:00:00+01:00"),
        incident("2026-02-01T10:30:00+01:00", "2026-02-01T11:30:00+01:00"),
      ],
    });
    expect(report.downtimeMinutes).toBe(90);
    expect(report.measuredMinutes).toBe(28 * 24 * 60);
    expect(report.availability).toBeCloseTo(1 - 90 / (28 * 24 * 60), 12);
  });

  test("planned maintenance is reported apart, and what overlaps an incident is counted once, as downtime", () => {
    const report = computeAvailability({
      ...february,
      interventions: [
        maintenance("2026-02-10T22:00:00+01:00", "2026-02-10T23:00:00+01:00", "2026-02-01T09:00:00+01:00"),
        incident("2026-02-10T22:45:00+01:00", "2026-02-10T23:15:00+01:00"),
      ],
    });
    expect(report.downtimeMinutes).toBe(30);
    expect(report.plannedMinutes).toBe(45);
  });

  test("an incident still open counts until now", () => {
    const now = at("2026-02-15T12:00:00+01:00");
    const report = computeAvailability({ ...february, now, interventions: [incident("2026-02-15T11:00:00+01:00")] });
    expect(report.downtimeMinutes).toBe(60);
    expect(report.to).toEqual(now);
    expect(report.measuredMinutes).toBe(14.5 * 24 * 60);
  });

  test("an interruption that spans two months is split between them", () => {
    const report = computeAvailability({
      ...february,
      interventions: [incident("2026-02-28T23:00:00+01:00", "2026-03-01T01:00:00+01:00")],
    });
    expect(report.downtimeMinutes).toBe(60);
  });

  test("the downtime budget of 99,9 % over a 30-day month is 43,2 minutes", () => {
    const april = computeAvailability({
      ...february,
      from: at("2026-04-01T00:00:00+02:00"),
      to: at("2026-05-01T00:00:00+02:00"),
      interventions: [incident("2026-04-02T10:00:00+02:00", "2026-04-02T10:40:00+02:00")],
    });
    expect(april.budgetMinutes).toBeCloseTo(43.2, 9);
    expect(april.remainingBudgetMinutes).toBeCloseTo(3.2, 9);
    expect(april.meetsTarget).toBe(true);
    expect(april.targets).toEqual([0.999]);
  });

  test("a month holding the spring DST change is 743 hours long in Paris", () => {
    const [march] = buildMonthlyPeriods(prepareLog({ interventions: [], terms, inServiceSince: since }), at("2026-04-01T00:00:00+02:00"), {
      year: 2026,
    }).filter((period) => period.id === "2026-03");
    expect(march?.report.measuredMinutes).toBe(743 * 60);
    expect(march?.label).toBe("mars 2026");
  });

  test("an incident across the autumn DST change lasts its real duration", () => {
    // 02:30 CEST → 02:30 CET is one hour later in real time, though the clock shows the same time.
    const report = computeAvailability({
      ...february,
      now: at("2026-12-01T00:00:00+01:00"),
      from: at("2026-10-01T00:00:00+02:00"),
      to: at("2026-11-01T00:00:00+01:00"),
      interventions: [incident("2026-10-25T02:30:00+02:00", "2026-10-25T02:30:00+01:00")],
    });
    expect(report.downtimeMinutes).toBe(60);
    expect(report.measuredMinutes).toBe(745 * 60);
  });

  test("time before the service started is not counted as available", () => {
    const report = computeAvailability({ ...february, inServiceSince: at("2026-02-15T00:00:00+01:00"), interventions: [] });
    expect(report.measuredMinutes).toBe(14 * 24 * 60);
  });

  test("the target switches at the date a new CGU version takes effect, weighted by how long each applied", () => {
    const twoVersions: AvailabilityTerms[] = [
      { effective: "2026-01-01", availabilityTargetRatio: 0.995, maintenanceNoticeHours: 48 },
      { effective: "2026-02-15", availabilityTargetRatio: 0.999, maintenanceNoticeHours: 72 },
    ];
    const report = computeAvailability({ ...february, terms: twoVersions, interventions: [] });
    expect(report.targets).toEqual([0.995, 0.999]);
    expect(report.budgetMinutes).toBeCloseTo(0.005 * 14 * 24 * 60 + 0.001 * 14 * 24 * 60, 9);
  });

  test("the rolling windows end now", () => {
    const now = at("2026-12-31T12:00:00+01:00");
    const periods = buildRollingPeriods(prepareLog({ interventions: [], terms, inServiceSince: since }), now);
    expect(periods.map((period) => [period.label, period.report.measuredMinutes / 60 / 24])).toEqual([
      ["30 derniers jours", 30],
      ["90 derniers jours", 90],
      ["365 derniers jours", 364.5],
    ]);
  });
});

test("mergeIntervals joins touching and nested intervals", () => {
  expect(
    mergeIntervals([
      { start: 5, end: 8 },
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 6, end: 7 },
    ]),
  ).toEqual([
    { start: 0, end: 4 },
    { start: 5, end: 8 },
  ]);
});
