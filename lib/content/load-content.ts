import fs from "node:fs";
import path from "node:path";
import { displayPath, getContentDir } from "./content-dir";
import { formatFieldPath, type ContentIssue, type PendingValue } from "./content-issue";
import { checkMdxBody } from "./mdx-references";
import { parseDataFile, parseMdxDocument, type MdxDocument } from "./parse-document";
import { listPlaceholders } from "./placeholder";
import { cguVersionFrontmatterSchema, listUnconfirmedCguDate, type CguVersionFrontmatter } from "./schemas/cgu-version";
import { contributionRatesSchema, listUnconfirmedRates, type ContributionRates } from "./schemas/contribution-rates";
import { privacySchema, type Privacy } from "./schemas/privacy";
import { costsSchema, listUnconfirmedCosts, type Costs } from "./schemas/costs";
import { identitySchema, type Identity } from "./schemas/identity";
import { infrastructureSchema, type Infrastructure } from "./schemas/infrastructure";
import { offerSchema, type Offer } from "./schemas/offer";
import { createInterventionFrontmatterSchema, type InterventionFrontmatter } from "./schemas/intervention";
import { pageFrontmatterSchema, type PageFrontmatter } from "./schemas/page";
import { isPageId, pageIds, type PageId } from "./vocabulary";
import type { YamlSource } from "./yaml-source";
import type { z } from "./zod-fr";

export interface ContentDocument<T> extends MdxDocument<T> {
  /** File name without extension: the page id, the intervention's slug, the CGU version's date. */
  slug: string;
  /** Path for messages, e.g. content/interventions/2026-08-12-proxmox-9.mdx. */
  file: string;
}

export type PageDocument = ContentDocument<PageFrontmatter> & { slug: PageId };
export type InterventionDocument = ContentDocument<InterventionFrontmatter>;
export type CguVersionDocument = ContentDocument<CguVersionFrontmatter>;

export interface SiteData {
  identity: Identity;
  infrastructure: Infrastructure;
  costs: Costs;
  rates: ContributionRates;
  privacy: Privacy;
  offer: Offer;
}

export interface SiteContent {
  data: SiteData;
  pages: Record<PageId, PageDocument>;
  /** Sorted by start, oldest first. */
  interventions: InterventionDocument[];
  /** Sorted by effective date, oldest first. */
  cguVersions: CguVersionDocument[];
}

interface DataFile {
  name: string;
  schema: z.ZodType;
  /** Values present but not confirmed yet (warnings, like placeholders). */
  listPending?: (data: never) => PendingValue[];
}

export const dataFiles = {
  identity: { name: "identite.yaml", schema: identitySchema },
  infrastructure: { name: "infrastructure.yaml", schema: infrastructureSchema },
  costs: { name: "couts.yaml", schema: costsSchema, listPending: listUnconfirmedCosts },
  rates: { name: "cotisations.yaml", schema: contributionRatesSchema, listPending: listUnconfirmedRates },
  privacy: { name: "confidentialite.yaml", schema: privacySchema },
  offer: { name: "offre.yaml", schema: offerSchema },
} as const satisfies Record<keyof SiteData, DataFile>;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads and validates every content and data file. Returns all the problems at once, so the
 * operator fixes them in one pass; `content` is only present when there is no error.
 */
export function loadContent(dir: string = getContentDir()): { content?: SiteContent; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const data = loadData(dir, issues);
  const pages = loadPages(dir, issues);
  const serviceIds = data?.infrastructure.services.map((service) => service.id);
  const interventions = loadCollection(dir, "interventions", createInterventionFrontmatterSchema(serviceIds), issues);
  const cguVersions = loadCollection(dir, "cgu", cguVersionFrontmatterSchema, issues, listUnconfirmedCguDate);

  checkCguVersions(dir, cguVersions, issues);

  if (issues.some((issue) => issue.severity === "error") || !data || !pages) return { issues };
  return {
    issues,
    content: {
      data,
      pages,
      interventions: interventions.sort((a, b) => a.frontmatter.start.getTime() - b.frontmatter.start.getTime()),
      cguVersions: cguVersions.sort((a, b) => a.frontmatter.effective.localeCompare(b.frontmatter.effective)),
    },
  };
}

function loadData(dir: string, issues: ContentIssue[]): SiteData | undefined {
  const loaded: Partial<Record<keyof typeof dataFiles, unknown>> = {};
  for (const [key, dataFile] of Object.entries(dataFiles) as [keyof typeof dataFiles, DataFile][]) {
    const { name, schema, listPending } = dataFile;
    const absolute = path.join(dir, "data", name);
    const file = displayPath(absolute);
    const text = readText(absolute, file, issues);
    if (text === undefined) continue;
    const parsed = parseDataFile(text, file, schema);
    issues.push(...parsed.issues);
    if (!parsed.ok) continue;
    loaded[key] = parsed.data;
    issues.push(...placeholderWarnings(parsed.data, parsed.source, file));
    const pending = listPending?.(parsed.data as never) ?? [];
    issues.push(...pending.map(({ path: fieldPath, message }) => pendingWarning(fieldPath, message, parsed.source, file)));
  }
  const { identity, infrastructure, costs, rates, privacy, offer } = loaded;
  if (!identity || !infrastructure || !costs || !rates || !privacy || !offer) return undefined;
  return { identity, infrastructure, costs, rates, privacy, offer } as SiteData;
}

function loadPages(dir: string, issues: ContentIssue[]): Record<PageId, PageDocument> | undefined {
  const documents = loadCollection(dir, "pages", pageFrontmatterSchema, issues);
  const bySlug = new Map(documents.map((document) => [document.slug, document]));
  for (const document of documents) {
    if (!isPageId(document.slug)) {
      issues.push({
        file: document.file,
        line: 1,
        field: "fichier",
        message: `aucune page « ${document.slug} » ; pages possibles : ${pageIds.join(", ")}`,
        severity: "error",
      });
    }
  }
  const present = new Set(listFiles(path.join(dir, "pages")));
  // A page whose file exists but is invalid has already been reported; only absent files are "missing".
  for (const id of pageIds.filter((candidate) => !present.has(`${candidate}.mdx`))) {
    issues.push({
      file: displayPath(path.join(dir, "pages", `${id}.mdx`)),
      field: "fichier",
      message: "fichier manquant pour cette page",
      severity: "error",
    });
  }
  if (pageIds.some((id) => !bySlug.has(id))) return undefined;
  return Object.fromEntries(pageIds.map((id) => [id, bySlug.get(id)])) as Record<PageId, PageDocument>;
}

function loadCollection<S extends z.ZodType>(
  dir: string,
  collection: "pages" | "interventions" | "cgu",
  schema: S,
  issues: ContentIssue[],
  listPending?: (frontmatter: z.output<S>) => PendingValue[],
): ContentDocument<z.output<S>>[] {
  const folder = path.join(dir, collection);
  const documents: ContentDocument<z.output<S>>[] = [];
  for (const name of listFiles(folder)) {
    const absolute = path.join(folder, name);
    const file = displayPath(absolute);
    if (!name.endsWith(".mdx")) {
      if (!name.startsWith(".") && name !== "README.md") {
        issues.push({ file, field: "fichier", message: "seuls les fichiers .mdx sont lus dans ce dossier", severity: "warning" });
      }
      continue;
    }
    const slug = name.slice(0, -".mdx".length);
    if (!slugPattern.test(slug)) {
      issues.push({
        file,
        field: "nom du fichier",
        message: "minuscules, chiffres et tirets seulement (il devient l'adresse de la page)",
        severity: "error",
      });
      continue;
    }
    const text = readText(absolute, file, issues);
    if (text === undefined) continue;
    const parsed = parseMdxDocument(text, file, schema);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    issues.push(...checkMdxBody(parsed.document.body, file, collection, slug));
    issues.push(...placeholderWarnings(parsed.document.frontmatter, parsed.document.source, file));
    const pending = listPending?.(parsed.document.frontmatter) ?? [];
    issues.push(...pending.map(({ path: fieldPath, message }) => pendingWarning(fieldPath, message, parsed.document.source, file)));
    documents.push({ ...parsed.document, slug, file });
  }
  return documents;
}

function checkCguVersions(dir: string, versions: CguVersionDocument[], issues: ContentIssue[]): void {
  if (versions.length === 0) {
    issues.push({ file: displayPath(path.join(dir, "cgu")), field: "dossier", message: "aucune version des CGU", severity: "error" });
  }
  for (const version of versions) {
    if (version.slug !== version.frontmatter.effective) {
      issues.push({
        file: version.file,
        line: version.source.lineOf(["effective"]),
        field: "effective",
        message: `le fichier doit s'appeler ${version.frontmatter.effective}.mdx, comme sa date d'effet`,
        severity: "error",
      });
    }
  }
}

function placeholderWarnings(data: unknown, source: YamlSource, file: string): ContentIssue[] {
  return listPlaceholders(data).map(({ path: fieldPath, hint }) => pendingWarning(fieldPath, `à compléter — ${hint}`, source, file));
}

function pendingWarning(fieldPath: PropertyKey[], message: string, source: YamlSource, file: string): ContentIssue {
  return { file, line: source.lineOf(fieldPath), field: formatFieldPath(fieldPath), message, severity: "warning" };
}

function listFiles(folder: string): string[] {
  try {
    return fs.readdirSync(folder).sort();
  } catch {
    return [];
  }
}

function readText(absolute: string, file: string, issues: ContentIssue[]): string | undefined {
  try {
    return fs.readFileSync(absolute, "utf8");
  } catch {
    issues.push({ file, field: "fichier", message: "fichier introuvable ou illisible", severity: "error" });
    return undefined;
  }
}
