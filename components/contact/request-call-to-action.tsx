import { pageHref } from "@/lib/web/routes";

/** The next step, placed by the prose where a reader is ready for it (home page, offer). */
export function RequestCallToAction() {
  return (
    <p className="not-prose my-8">
      <a
        href={pageHref("contact")}
        className="inline-block rounded-md bg-teal-800 px-4 py-2.5 font-semibold text-white no-underline hover:bg-teal-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-800 dark:bg-teal-300 dark:text-stone-950 dark:hover:bg-teal-200"
      >
        Demander un hébergement
      </a>
    </p>
  );
}
