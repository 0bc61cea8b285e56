import type { ContentDocument } from "@/lib/content/load-content";
import { compileMdx } from "@/lib/content/compile-mdx";
import type { RenderContext } from "@/lib/rendering/render-context";
import { getMdxComponent } from "@/lib/rendering/mdx-runtime";
import { buildMdxComponents, type MdxSource } from "./mdx-components";

/** An MDX document, compiled once per process, rendered on the server with the site's components. */
export async function MdxContent({
  document,
  context,
  cguVersion,
  slots,
}: {
  document: ContentDocument<unknown>;
  context: RenderContext;
} & Pick<MdxSource, "cguVersion" | "slots">) {
  const code = await compileMdx(document.body, document.file);
  const Content = getMdxComponent(code);
  // Not a new component per render: getMdxComponent memoises it by code, once per file and process.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={buildMdxComponents(context, { file: document.file, cguVersion, slots })} />;
}
