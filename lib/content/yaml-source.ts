import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { ContentIssue } from "./content-issue";

export interface YamlSource {
  data: unknown;
  /** Syntax errors, already located. */
  issues: ContentIssue[];
  /** Line (1-based, in the whole file) of a field, or of its closest existing parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

/**
 * Parses YAML with the YAML 1.2 core schema, so `2026-03-02` stays a string: dates are
 * validated by the schemas, never silently turned into UTC midnight.
 * @param firstLine line of the file on which `text` starts (frontmatter starts on line 1).
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const issues: ContentIssue[] = doc.errors.map((error) => ({
    file,
    line: toFileLine(error.pos[0]),
    field: "YAML",
    message: describeYamlError(error.code, error.message),
    severity: "error",
  }));

  function lineOf(path: ReadonlyArray<PropertyKey>): number {
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair || !isPair(pair)) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = toFileLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = toFileLine(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return line;
  }

  return { data: issues.length > 0 ? undefined : doc.toJS(), issues, lineOf };
}

function describeYamlError(code: string, fallback: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "ce champ est écrit deux fois";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
      return `syntaxe YAML invalide (vérifiez l'indentation et les deux-points) — ${firstLineOf(fallback)}`;
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return `syntaxe YAML invalide (une valeur qui contient « : » doit être entre guillemets) — ${firstLineOf(fallback)}`;
    default:
      return `syntaxe YAML invalide — ${firstLineOf(fallback)}`;
  }
}

function firstLineOf(text: string): string {
  return text.split("\n")[0] ?? text;
}
