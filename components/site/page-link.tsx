import type { ReactNode } from "react";
import { isPageId, pageHref, type PageId } from "@/lib/web/routes";

/**
 * A link to one of the site's pages by id: the replacement for the old PHP pageLink(). Its text
 * is the page's own title unless children are given.
 */
export function PageLink({
  to,
  titles,
  children,
  sourceFile,
}: {
  to: PageId;
  titles: Record<PageId, string>;
  children?: ReactNode;
  /** File that asked for the link, named in the error if `to` is unknown. */
  sourceFile?: string;
}) {
  // MDX is checked before it renders; this guards the TSX callers and anything that slips past.
  if (!isPageId(to)) throw new Error(`${sourceFile ?? "PageLink"} — PageLink.to : page inconnue « ${String(to)} »`);
  return <a href={pageHref(to)}>{children ?? titles[to]}</a>;
}
