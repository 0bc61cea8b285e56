import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { typesetFrench } from "../format/french-typography";

/** Runs typesetFrench on the text of an MDX document; code and link targets are left alone. */
export function remarkFrenchTypography() {
  return (tree: Root) => {
    visit(tree, "text", (node) => {
      node.value = typesetFrench(node.value);
    });
  };
}
