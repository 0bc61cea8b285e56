import type { ReactNode } from "react";
import type { PageId } from "@/lib/web/routes";
import { SiteHeader } from "./site-header";

/** Header with the current page marked, then the main column with the page's one h1. */
export function PageFrame({
  current,
  siteName,
  title,
  parent,
  children,
}: {
  current?: PageId;
  siteName: string;
  title: ReactNode;
  /** The section a page belongs to (an intervention, a year of the log), linked above the h1. */
  parent?: { href: string; title: string };
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader siteName={siteName} current={current} />
      <main id="contenu" tabIndex={-1} className="mx-auto max-w-5xl px-4 pt-8 focus:outline-none sm:pt-12">
        <article className="prose max-w-3xl prose-stone dark:prose-invert prose-headings:tracking-tight prose-a:text-teal-800 prose-a:underline-offset-2 dark:prose-a:text-teal-300 prose-table:text-[0.95rem]">
          {parent ? (
            <nav aria-label="Fil d’Ariane" className="not-prose mb-2 text-sm">
              <a href={parent.href} className="text-teal-800 underline underline-offset-2 dark:text-teal-300">
                {parent.title}
              </a>
            </nav>
          ) : null}
          <h1>{title}</h1>
          {children}
        </article>
      </main>
    </>
  );
}
