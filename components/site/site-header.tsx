import { listHeaderPages, pageHref, pages, type PageId } from "@/lib/web/routes";

export function SiteHeader({ siteName, current }: { siteName: string; current?: PageId }) {
  return (
    <header className="border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-950/80">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <a
          href={pageHref("presentation")}
          className="text-lg font-semibold tracking-tight text-stone-900 no-underline dark:text-stone-50"
          aria-current={current === "presentation" ? "page" : undefined}
        >
          {siteName}
        </a>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-[0.95rem]">
            {listHeaderPages().map((id) => (
              <li key={id}>
                <a
                  href={pageHref(id)}
                  aria-current={id === current ? "page" : undefined}
                  className="block rounded-md px-2.5 py-1.5 text-stone-700 no-underline hover:bg-stone-100 hover:text-stone-950 aria-[current=page]:bg-teal-50 aria-[current=page]:font-semibold aria-[current=page]:text-teal-900 aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-4 dark:text-stone-300 dark:hover:bg-stone-800 dark:hover:text-white dark:aria-[current=page]:bg-teal-950 dark:aria-[current=page]:text-teal-100"
                >
                  {pages[id].navLabel}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
