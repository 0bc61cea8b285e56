import matter from "gray-matter";
import { formatFieldPath, type ContentIssue } from "./content-issue";
import { parseYamlSource, type YamlSource } from "./yaml-source";
import type { z } from "./zod-fr";

export type Parsed<T> = { ok: true; data: T; issues: ContentIssue[]; source: YamlSource } | { ok: false; issues: ContentIssue[] };

/**
 * The one boundary where operator-written YAML becomes typed data. Every problem comes back as
 * issues that name the file, the line and the field; nothing downstream re-checks.
 */
export function validateYaml<S extends z.ZodType>(source: YamlSource, schema: S, file: string): Parsed<z.output<S>> {
  if (source.issues.length > 0) return { ok: false, issues: source.issues };
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { ok: true, data: result.data, issues: [], source };
  const issues = result.error.issues.flatMap((issue): ContentIssue[] => {
    // An unknown key is reported on its own line, which is where the typo is.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return {
          file,
          line: source.lineOf(path),
          field: formatFieldPath(path),
          message: "champ inconnu (faute de frappe ?)",
          severity: "error",
        };
      });
    }
    return [{ file, line: source.lineOf(issue.path), field: formatFieldPath(issue.path), message: issue.message, severity: "error" }];
  });
  return { ok: false, issues };
}

export function parseDataFile<S extends z.ZodType>(text: string, file: string, schema: S): Parsed<z.output<S>> {
  return validateYaml(parseYamlSource(text, file), schema, file);
}

export interface MdxDocument<T> {
  frontmatter: T;
  /** The MDX body, preceded by blank lines so that its line numbers are the file's. */
  body: string;
  source: YamlSource;
}

export function parseMdxDocument<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): { ok: true; document: MdxDocument<z.output<S>> } | { ok: false; issues: ContentIssue[] } {
  if (!/^---\r?\n/.test(text)) {
    return {
      ok: false,
      issues: [
        { file, line: 1, field: "frontmatter", message: "le fichier doit commencer par un bloc « --- » d'en-tête", severity: "error" },
      ],
    };
  }
  let source: YamlSource | undefined;
  const file_ = matter(text, {
    engines: {
      yaml: (frontmatter: string) => {
        // gray-matter's matter string starts at the end of the opening "---" line: line 1.
        source = parseYamlSource(frontmatter, file, 1);
        return {};
      },
    },
  });
  source ??= parseYamlSource("", file, 1);
  const parsed = validateYaml(source, schema, file);
  if (!parsed.ok) return parsed;
  const linesBeforeBody = text.slice(0, text.length - file_.content.length).split("\n").length - 1;
  return { ok: true, document: { frontmatter: parsed.data, body: "\n".repeat(linesBeforeBody) + file_.content, source } };
}
