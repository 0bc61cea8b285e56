import { feedPaths } from "@/lib/web/routes";
import { absoluteUrl } from "@/lib/web/site";

const feeds = [
  { href: feedPaths.rss, type: "application/rss+xml", label: "Flux RSS" },
  { href: feedPaths.atom, type: "application/atom+xml", label: "Flux Atom" },
  { href: feedPaths.json, type: "application/feed+json", label: "JSON Feed" },
  { href: feedPaths.status, type: "application/json", label: "État en JSON" },
];

/** Ways to follow the log without coming back to the page. */
export function SubscribeLinks() {
  const calendarUrl = absoluteUrl(feedPaths.calendar);
  return (
    <section
      aria-labelledby="suivre"
      className="not-prose my-8 rounded-lg border border-stone-200 bg-stone-50 p-4 sm:p-5 dark:border-stone-700 dark:bg-stone-900"
    >
      <h2 id="suivre" className="text-lg font-semibold text-stone-950 dark:text-white">
        Suivre les interventions
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        Les maintenances y apparaissent dès leur annonce, avec leurs mises à jour.
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
        <li>
          <a
            className="font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300"
            href={calendarUrl.replace(/^https?:/, "webcal:")}
          >
            S’abonner au calendrier
          </a>{" "}
          <span className="text-sm">
            (
            <a className="underline underline-offset-2" href={feedPaths.calendar}>
              fichier .ics
            </a>
            )
          </span>
        </li>
        {feeds.map(({ href, type, label }) => (
          <li key={href}>
            <a className="font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300" href={href} type={type}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
