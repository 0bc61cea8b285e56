import { wrapGraph, type StructuredData as Node } from "@/lib/web/structured-data";

/**
 * JSON-LD in a data block: not executed, so no nonce is needed. `<` is escaped so that no value
 * can close the script element.
 */
export function StructuredData({ nodes }: { nodes: (Node | undefined)[] }) {
  const present = nodes.filter((node): node is Node => node !== undefined);
  if (present.length === 0) return null;
  const json = JSON.stringify(wrapGraph(present)).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
