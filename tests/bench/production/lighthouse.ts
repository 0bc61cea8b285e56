/**
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22) on Debian's Chromium, mobile and desktop, and the
 * part of its JSON report the bench needs: scores, CPU benchmark index, failing audits.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export type FormFactor = "mobile" | "desktop";
export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof categories)[number];

/** Targets: everything at 100, except mobile performance (simulated slow 4G and CPU) at 95. */
export function target(category: Category, formFactor: FormFactor): number {
  return category === "performance" && formFactor === "mobile" ? 95 : 100;
}

export interface FailingAudit {
  id: string;
  /** "failed": the page loses points; "error": Lighthouse could not run the audit (tool problem). */
  kind: "failed" | "error";
  title: string;
  score: number | null;
  /** Weight in the category's score; 0 for diagnostics, which cost no points by themselves. */
  weight: number;
  displayValue?: string;
  /** A few offending elements or resources, from the audit's details. */
  examples: string[];
}

export interface LighthouseRun {
  pathname: string;
  formFactor: FormFactor;
  /** 0–100, null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  benchmarkIndex: number | null;
  failing: Record<Category, FailingAudit[]>;
  error?: string;
}

const chromeFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
].join(" ");

interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  errorMessage?: string;
  details?: { items?: Record<string, unknown>[] };
}
interface LhResult {
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
}

/** Modes that never count against a score. */
const unscoredModes = new Set(["notApplicable", "informative", "manual"]);

function describeItem(item: Record<string, unknown>): string | undefined {
  const node = item.node as { selector?: string; snippet?: string; nodeLabel?: string } | undefined;
  const source = item.source as { url?: string } | undefined;
  const sourceLocation = item.sourceLocation as { url?: string } | undefined;
  const candidates = [
    node?.selector && `${node.selector}${node.nodeLabel ? ` (« ${node.nodeLabel} »)` : ""}`,
    node?.snippet,
    item.reason,
    item.description,
    item.url,
    item.href && `${item.href}${item.text ? ` « ${item.text} »` : ""}`,
    source?.url,
    sourceLocation?.url,
    item.directive && `${item.directive}: ${item.description ?? ""}`,
  ];
  const text = candidates.find((value): value is string => typeof value === "string" && value.length > 0);
  return text && (text.length > 160 ? `${text.slice(0, 157)}…` : text);
}

/**
 * The audits that cost points, and those Lighthouse could not run. Accessibility, best practices
 * and SEO audits are pass/fail: any score below 1. Performance: every metric below 1 (metrics
 * are weighted) and the diagnostics Lighthouse marks as not passing (below 0.9). Audits in error are kept apart: with a Chromium
 * much newer than Lighthouse 12 some trace-based gatherers fail, which says nothing of the page.
 */
function failingAudits(result: LhResult, category: Category): FailingAudit[] {
  return (
    result.categories[category]!.auditRefs.map((ref) => ({ audit: result.audits[ref.id]!, weight: ref.weight }))
      .filter(({ audit }) => audit && !unscoredModes.has(audit.scoreDisplayMode))
      // Every point lost counts, except for performance diagnostics (no weight), listed when
      // Lighthouse itself calls them failing (below 0.9).
      .filter(
        ({ audit, weight }) =>
          audit.scoreDisplayMode === "error" ||
          (audit.score !== null && audit.score < (category === "performance" && weight === 0 ? 0.9 : 1)),
      )
      .map(({ audit, weight }) => ({
        weight,
        id: audit.id,
        kind: audit.scoreDisplayMode === "error" ? ("error" as const) : ("failed" as const),
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? audit.errorMessage,
        examples: (audit.details?.items ?? [])
          .map(describeItem)
          .filter((text): text is string => Boolean(text))
          .slice(0, 3),
      }))
  );
}

export function parseLighthouseJson(pathname: string, formFactor: FormFactor, json: string): LighthouseRun {
  const result = JSON.parse(json) as LhResult;
  const scores = {} as Record<Category, number | null>;
  const failing = {} as Record<Category, FailingAudit[]>;
  for (const category of categories) {
    const score = result.categories[category]?.score;
    scores[category] = score === null || score === undefined ? null : Math.round(score * 100);
    failing[category] = result.categories[category] ? failingAudits(result, category) : [];
  }
  return {
    pathname,
    formFactor,
    scores,
    benchmarkIndex: result.environment?.benchmarkIndex ?? null,
    failing,
    error: result.runtimeError ? `${result.runtimeError.code}: ${result.runtimeError.message}` : undefined,
  };
}

/** One Lighthouse run; a crash is recorded in the result rather than thrown, so the bench goes on. */
export async function runLighthouse(origin: string, pathname: string, formFactor: FormFactor, outputDir: string): Promise<LighthouseRun> {
  fs.mkdirSync(outputDir, { recursive: true });
  const slug = pathname === "/" ? "accueil" : pathname.slice(1).replaceAll("/", "_");
  const outputPath = path.join(outputDir, `${slug}.${formFactor}.json`);
  const args = [
    origin + pathname,
    "--output=json",
    `--output-path=${outputPath}`,
    "--quiet",
    `--chrome-flags=${chromeFlags}`,
    `--only-categories=${categories.join(",")}`,
    ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
  ];
  try {
    fs.rmSync(outputPath, { force: true });
    await execFileAsync(path.resolve("node_modules/.bin/lighthouse"), args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseLighthouseJson(pathname, formFactor, fs.readFileSync(outputPath, "utf8"));
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return {
      pathname,
      formFactor,
      scores: { performance: null, accessibility: null, "best-practices": null, seo: null },
      benchmarkIndex: null,
      failing: { performance: [], accessibility: [], "best-practices": [], seo: [] },
      error: message,
    };
  }
}
