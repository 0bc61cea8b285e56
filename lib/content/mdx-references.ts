import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { getComponentRule, isMdxComponentName, mdxVocabulary, type ContentCollection } from "./mdx-vocabulary";
import type { ContentIssue } from "./content-issue";

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * Checks an MDX body without compiling it: syntax, known components, literal and valid props
 * (so `<PageLink to="cgv" />` is caught with its line), no imports, no code expressions.
 * @param body MDX whose line numbers are the file's (see parseMdxDocument).
 */
export function checkMdxBody(body: string, file: string, collection: ContentCollection, slug?: string): ContentIssue[] {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{ file, line: line ?? undefined, field: "MDX", message: translateMdxError(reason ?? String(error)), severity: "error" }];
  }

  const issues: ContentIssue[] = [];
  const report = (node: { position?: { start: { line: number } } }, field: string, message: string) =>
    issues.push({ file, line: node.position?.start.line, field, message, severity: "error" });

  visit(tree, (node) => {
    if (node.type === "mdxjsEsm") {
      report(node, "MDX", "import et export ne sont pas permis dans le contenu : utilisez les composants fournis");
    } else if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      if (!isCommentOnly(node.value)) {
        report(node, "MDX", "les accolades { } sont réservées aux commentaires {/* … */} ; pour écrire une accolade, tapez \\{");
      }
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      checkElement(node, collection, slug, report);
    }
  });
  return issues;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  collection: ContentCollection,
  slug: string | undefined,
  report: (node: MdxJsxFlowElement | MdxJsxTextElement, field: string, message: string) => void,
): void {
  const name = node.name;
  // Fragments and lowercase HTML tags (<abbr>, <br>) are plain markup.
  if (name === null || /^[a-z]/.test(name)) return;
  if (!isMdxComponentName(name)) {
    report(node, `<${name}>`, `composant inconnu ; composants disponibles : ${Object.keys(mdxVocabulary).join(", ")}`);
    return;
  }
  const rule = getComponentRule(name);
  if (rule.collections && !rule.collections.includes(collection)) {
    report(node, `<${name}>`, `ce composant n'est utilisable que dans : ${rule.collections.map(describeCollection).join(", ")}`);
  }
  if (rule.pages && (slug === undefined || !rule.pages.includes(slug))) {
    report(node, `<${name}>`, `composant interactif disponible seulement sur : ${rule.pages.join(", ")}`);
  }
  if (!rule.children && node.children.length > 0) {
    report(node, `<${name}>`, "ce composant ne prend pas de contenu : écrivez-le fermé, par exemple <" + name + " />");
  }
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    checkAttribute(node, name, attribute, rule.props, seen, report);
  }
  for (const [prop, propRule] of Object.entries(rule.props)) {
    if (propRule.required && !seen.has(prop)) report(node, `${name}.${prop}`, "attribut obligatoire manquant");
  }
}

function checkAttribute(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  props: Record<string, { required: boolean; values?: readonly string[] }>,
  seen: Set<string>,
  report: (node: MdxJsxFlowElement | MdxJsxTextElement, field: string, message: string) => void,
): void {
  if (attribute.type === "mdxJsxExpressionAttribute") {
    report(node, `<${name}>`, 'attributs {…} non permis : écrivez chaque attribut sous la forme nom="valeur"');
    return;
  }
  const field = `${name}.${attribute.name}`;
  const propRule = props[attribute.name];
  if (!propRule) {
    const known = Object.keys(props);
    report(
      node,
      field,
      known.length > 0 ? `attribut inconnu ; attributs possibles : ${known.join(", ")}` : "ce composant ne prend pas d'attribut",
    );
    return;
  }
  seen.add(attribute.name);
  if (typeof attribute.value !== "string") {
    report(node, field, 'valeur entre guillemets attendue, par exemple to="cgu"');
    return;
  }
  if (propRule.values && !propRule.values.includes(attribute.value)) {
    report(node, field, `« ${attribute.value} » inconnu ; valeurs possibles : ${propRule.values.join(", ")}`);
  }
}

function isCommentOnly(expression: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/.test(expression);
}

function describeCollection(collection: ContentCollection): string {
  return { pages: "les pages (content/pages)", interventions: "les interventions", cgu: "les versions des CGU (content/cgu)" }[collection];
}

/** micromark speaks English; the operator gets French and a hint at the usual cause. */
export function translateMdxError(reason: string): string {
  const unclosed = /Expected a closing tag for `<([^>]+)>`/.exec(reason);
  if (unclosed) return `balise <${unclosed[1]}> jamais fermée : ajoutez </${unclosed[1]}> ou écrivez-la <${unclosed[1]} />`;
  const mismatch = /Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/.exec(reason);
  if (mismatch) return `balise </${mismatch[1]}> inattendue : la balise ouverte est <${mismatch[2]}>`;
  if (/Unexpected character .* before name|Unexpected character .* in name/.test(reason)) {
    return "chevron « < » inattendu : pour écrire le caractère <, tapez &lt;";
  }
  if (/Could not parse expression with acorn|Unexpected end of file in expression/.test(reason)) {
    return "accolade { } mal fermée : pour écrire une accolade, tapez \\{";
  }
  if (/Unexpected end of file/.test(reason)) return "fin de fichier inattendue : une balise ou une accolade n'est pas fermée";
  return `syntaxe MDX invalide (${reason})`;
}
