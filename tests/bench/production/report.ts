/**
 * The production bench's markdown report: throughput, configuration checks, Lighthouse scores and
 * every missed target with the audits behind it.
 */
import os from "node:os";
import type { Check } from "./http";
import { categories, target, type Category, type FormFactor, type LighthouseRun } from "./lighthouse";
import type { WrkResult } from "./wrk";

export interface ThroughputSection {
  command: string;
  next: WrkResult;
  proxied: WrkResult;
  static: WrkResult;
  /** Compressed bytes of one answer to `/`, per server. */
  bytes: { next: number; proxied: number; static: number };
  cacheStatuses: Record<string, number>;
  minimumRatio: number;
}

export interface ReportInput {
  startedAt: Date;
  nginxVersion: string;
  chromiumVersion: string;
  nginxTest: string;
  throughput: ThroughputSection;
  checks: Check[];
  lighthouse: LighthouseRun[] | null;
  pages: string[];
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
const ms = (value: number) => (value < 10 ? `${fixed(value, 2)} ms` : `${fixed(value, 1)} ms`);
const categoryLabel: Record<Category, string> = {
  performance: "performance",
  accessibility: "accessibilité",
  "best-practices": "bonnes pratiques",
  seo: "SEO",
};
const formFactorLabel: Record<FormFactor, string> = { mobile: "mobile", desktop: "bureau" };

function heading(input: ReportInput): string[] {
  const load = os
    .loadavg()
    .map((value) => fixed(value, 2))
    .join(" / ");
  const date = input.startedAt.toISOString().replace("T", " ").slice(0, 16);
  return [
    `## Production : nginx devant le serveur autonome`,
    "",
    `${date} UTC · Node ${process.version} · ${os.cpus().length} cœurs · charge (1, 5, 15 min) à la fin : ${load} · ${input.nginxVersion} · ${input.chromiumVersion}`,
    "",
    `\`nginx -t\` sur le site livré complet (TLS compris, certificat auto-signé) : ${input.nginxTest
      .split("\n")
      .at(-1)
      ?.replace(/^nginx: /, "")}`,
  ];
}

export function throughputRatios(section: ThroughputSection) {
  return {
    proxiedOverStatic: section.proxied.requestsPerSecond / section.static.requestsPerSecond,
    nextOverStatic: section.next.requestsPerSecond / section.static.requestsPerSecond,
  };
}

function throughput(section: ThroughputSection): string[] {
  const ratios = throughputRatios(section);
  const row = (label: string, result: WrkResult, bytes: number) =>
    `| ${label} | ${fixed(result.requestsPerSecond, 0)} | ${ms(result.p50Ms)} | ${ms(result.p99Ms)} | ${bytes} |`;
  const statuses = Object.entries(section.cacheStatuses)
    .sort(([, a], [, b]) => b - a)
    .map(([status, count]) => `${status} ${count}`)
    .join(", ");
  const errors = [section.next, section.proxied, section.static]
    .filter((result) => result.non2xx3xx > 0 || result.socketErrors > 0)
    .map(
      (result) =>
        `${result.label} : ${result.non2xx3xx} réponses hors 2xx/3xx, ${result.socketErrors} erreurs de socket dont ${result.timeouts} sans réponse en 2 s`,
    );
  return [
    "",
    "### Débit HTML de `/`",
    "",
    `\`${section.command}\`, après 3 s de préchauffage, pour chacun des trois serveurs.`,
    "",
    "| Serveur | req/s | p50 | p99 | octets par réponse (gzip) |",
    "|---|---|---|---|---|",
    row("Next.js seul (serveur autonome)", section.next, section.bytes.next),
    row("Configuration livrée (nginx : micro-cache, gzip)", section.proxied, section.bytes.proxied),
    row("nginx, la même page en fichier statique", section.static, section.bytes.static),
    "",
    `Configuration livrée / statique : **${percent(ratios.proxiedOverStatic)}** (minimum ${percent(section.minimumRatio)}) · Next.js seul / statique : **${percent(ratios.nextOverStatic)}**.`,
    "",
    `Statut du micro-cache pendant la mesure de la configuration livrée : ${statuses || "aucune ligne de journal"}.`,
    ...(errors.length > 0 ? ["", `Erreurs pendant les mesures : ${errors.join(" ; ")}.`] : []),
  ];
}

function checks(list: Check[]): string[] {
  return [
    "",
    "### Vérifications de la configuration livrée",
    "",
    "| Vérification | Résultat | Détail |",
    "|---|---|---|",
    ...list.map((check) => `| ${check.name} | ${check.ok ? "ok" : "**ÉCHEC**"} | ${check.detail.replaceAll("|", "\\|")} |`),
  ];
}

function score(run: LighthouseRun | undefined, category: Category): string {
  if (!run || run.error) return "erreur";
  const value = run.scores[category];
  if (value === null) return "—";
  return value < target(category, run.formFactor) ? `**${value}**` : String(value);
}

function lighthouseTable(runs: LighthouseRun[], pages: string[]): string[] {
  const find = (pathname: string, formFactor: FormFactor) => runs.find((run) => run.pathname === pathname && run.formFactor === formFactor);
  const index = (run: LighthouseRun | undefined) => (run?.benchmarkIndex ? fixed(run.benchmarkIndex, 0) : "—");
  return [
    "",
    "### Lighthouse 12.2.3, via la configuration livrée",
    "",
    "Objectifs : 100 en accessibilité, bonnes pratiques et SEO ; performance ≥ 95 sur mobile, 100 sur bureau. En gras : objectif manqué. « Indice CPU » : `benchmarkIndex` de Lighthouse (plus il est bas, plus la machine était lente ou chargée).",
    "",
    "| Page | Mobile perf. | a11y | BP | SEO | indice CPU | Bureau perf. | a11y | BP | SEO | indice CPU |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...pages.map((pathname) => {
      const mobile = find(pathname, "mobile");
      const desktop = find(pathname, "desktop");
      const cells = (run: LighthouseRun | undefined) => [...categories.map((category) => score(run, category)), index(run)].join(" | ");
      return `| \`${pathname}\` | ${cells(mobile)} | ${cells(desktop)} |`;
    }),
  ];
}

/** Every missed target, with the audits that cost the points: what the site's developer fixes. */
export function missedTargets(runs: LighthouseRun[]): string[] {
  const lines: string[] = [];
  for (const run of runs) {
    if (run.error) {
      lines.push(`- \`${run.pathname}\` ${formFactorLabel[run.formFactor]} : Lighthouse a échoué (${run.error})`);
      continue;
    }
    for (const category of categories) {
      const value = run.scores[category];
      if (value !== null && value >= target(category, run.formFactor)) continue;
      lines.push(
        `- \`${run.pathname}\` ${formFactorLabel[run.formFactor]}, ${categoryLabel[category]} ${value ?? "non calculée"} (objectif ${target(category, run.formFactor)}) :`,
      );
      const failed = run.failing[category].filter((audit) => audit.kind === "failed");
      if (failed.length === 0) lines.push("  - aucun audit en échec (le score vient des métriques pondérées)");
      for (const audit of failed) {
        const examples =
          audit.examples.length > 0 ? ` — ${audit.examples.map((example) => `\`${example.replaceAll("`", "'")}\``).join(", ")}` : "";
        const facts = [audit.displayValue, audit.weight > 0 ? `poids ${audit.weight}` : "diagnostic, sans poids"]
          .filter(Boolean)
          .join(", ");
        lines.push(`  - \`${audit.id}\` ${audit.title} (${facts})${examples}`);
      }
    }
  }
  return lines;
}

/** Audits Lighthouse could not run, grouped: a tool problem, listed so that it is not mistaken for a pass. */
function toolErrors(runs: LighthouseRun[]): string[] {
  const byAudit = new Map<string, { title: string; message: string; runs: number }>();
  for (const run of runs) {
    for (const category of categories) {
      for (const audit of run.failing[category].filter((audit) => audit.kind === "error")) {
        const entry = byAudit.get(audit.id) ?? { title: audit.title, message: audit.displayValue ?? "", runs: 0 };
        entry.runs++;
        byAudit.set(audit.id, entry);
      }
    }
  }
  return [...byAudit].map(([id, entry]) => `- \`${id}\` ${entry.title} : ${entry.runs} exécution(s) — ${entry.message.slice(0, 160)}`);
}

export function renderReport(input: ReportInput): string {
  const lines = [...heading(input), ...throughput(input.throughput), ...checks(input.checks)];
  if (input.lighthouse) {
    lines.push(...lighthouseTable(input.lighthouse, input.pages));
    const missed = missedTargets(input.lighthouse);
    lines.push("", "#### Objectifs manqués", "", ...(missed.length > 0 ? missed : ["Aucun."]));
    const errors = toolErrors(input.lighthouse);
    if (errors.length > 0) {
      lines.push("", "#### Audits que Lighthouse n'a pas pu exécuter (ni réussis ni échoués)", "", ...errors);
    }
  } else {
    lines.push("", "Lighthouse : non exécuté (`--no-lighthouse`).");
  }
  return `${lines.join("\n")}\n`;
}
