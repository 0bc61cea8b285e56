import { listFooterPages, pageHref, type PageId } from "@/lib/web/routes";
import type { FactName, FactValue } from "@/lib/rendering/facts";
import { FactText } from "../facts/fact-text";

export function SiteFooter({ facts, titles }: { facts: Record<FactName, FactValue>; titles: Record<PageId, string> }) {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 text-sm text-stone-700 sm:flex-row sm:justify-between dark:text-stone-300">
        <p>
          <FactText value={facts.siteName} /> — <FactText value={facts.legalName} />
          <br />
          <FactText value={facts.vatMention} />
        </p>
        <nav aria-label="Informations légales">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {listFooterPages().map((id) => (
              <li key={id}>
                <a href={pageHref(id)} className="underline underline-offset-2 hover:text-stone-950 dark:hover:text-white">
                  {titles[id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
