import { PageFrame } from "@/components/site/page-frame";
import { describeCguVersion } from "@/lib/cgu/versions";
import { getRenderContext } from "@/lib/rendering/render-context";
import { getSiteContent } from "@/lib/content/site-content";
import { formatCalendarDate } from "@/lib/format/dates";
import { buildMetadata } from "@/lib/web/metadata";
import { cguHistoryHref, cguVersionHref, pageHref } from "@/lib/web/routes";

const title = "Historique des conditions générales";

export function generateMetadata() {
  return buildMetadata({
    path: cguHistoryHref(),
    title,
    description:
      "Toutes les versions des conditions générales d’utilisation, avec leur date d’effet et ce qui a changé de l’une à l’autre.",
    siteName: getSiteContent().data.identity.siteName,
    shareImageKey: "cgu",
  });
}

export default async function CguHistoryPage() {
  const context = await getRenderContext();
  const versions = [...context.content.cguVersions].reverse();
  return (
    <PageFrame
      current="cgu"
      siteName={context.content.data.identity.siteName}
      title={title}
      parent={{ href: pageHref("cgu"), title: context.pageTitles.cgu }}
    >
      <p>
        Chaque modification des conditions générales donne une nouvelle version, publiée avant d’entrer en vigueur. Les versions précédentes
        restent consultables, avec ce qui a changé.
      </p>
      <ol className="not-prose list-none space-y-4 p-0">
        {versions.map((version) => {
          const { effective, summary } = version.frontmatter;
          const status = describeCguVersion(context.content.cguVersions, version, context.now);
          return (
            <li key={effective} className="rounded-lg border border-stone-200 p-4 dark:border-stone-700">
              <h2 className="text-lg font-semibold">
                <a href={cguVersionHref(effective)} className="text-teal-800 underline underline-offset-2 dark:text-teal-300">
                  Version du <time dateTime={effective}>{formatCalendarDate(effective)}</time>
                </a>
              </h2>
              <p className="mt-1 text-sm font-medium">
                {status.status === "in-force"
                  ? "En vigueur"
                  : status.status === "upcoming"
                    ? `Entrera en vigueur le ${formatCalendarDate(effective)}`
                    : `Remplacée le ${formatCalendarDate(status.replacedOn)}`}
              </p>
              <p className="mt-2">{summary}</p>
            </li>
          );
        })}
      </ol>
    </PageFrame>
  );
}
