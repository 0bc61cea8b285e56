import type { ReactNode } from "react";
import { getRenderContext } from "@/lib/rendering/render-context";
import { formatCalendarDate } from "@/lib/format/dates";
import type { PageId } from "@/lib/web/routes";
import type { MdxSlots } from "../mdx/mdx-components";
import { MdxContent } from "../mdx/mdx-content";
import { PageFrame } from "./page-frame";

/**
 * A page of content/pages: its title as the only h1, its MDX body, then whatever the route adds.
 */
export async function ContentPage({ id, slots, children }: { id: PageId; slots?: MdxSlots; children?: ReactNode }) {
  const context = await getRenderContext();
  const page = context.content.pages[id];
  return (
    <PageFrame current={id} siteName={context.content.data.identity.siteName} title={page.frontmatter.title}>
      <MdxContent document={page} context={context} slots={slots} />
      {children}
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Page mise à jour le <time dateTime={page.frontmatter.updated}>{formatCalendarDate(page.frontmatter.updated)}</time>.
      </p>
    </PageFrame>
  );
}
