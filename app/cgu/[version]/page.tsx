import { notFound } from "next/navigation";
import { CguDiffView } from "@/components/cgu/cgu-diff-view";
import { MdxContent } from "@/components/mdx/mdx-content";
import { PageFrame } from "@/components/site/page-frame";
import { listCommitmentChanges } from "@/lib/cgu/commitments";
import { diffReadableTexts } from "@/lib/cgu/diff";
import { toReadableText } from "@/lib/cgu/readable-text";
import { describeCguVersion } from "@/lib/cgu/versions";
import { getRenderContext } from "@/lib/rendering/render-context";
import { getSiteContent } from "@/lib/content/site-content";
import { formatCalendarDate } from "@/lib/format/dates";
import { buildMetadata } from "@/lib/web/metadata";
import { cguHistoryHref, cguVersionHref, pageHref } from "@/lib/web/routes";

interface Props {
  params: Promise<{ version: string }>;
}

function findVersion(effective: string) {
  const versions = getSiteContent().cguVersions;
  const index = versions.findIndex((version) => version.frontmatter.effective === effective);
  return index === -1 ? undefined : { version: versions[index]!, previous: versions[index - 1] };
}

export async function generateMetadata({ params }: Props) {
  const found = findVersion((await params).version);
  if (!found) notFound();
  const { effective, summary } = found.version.frontmatter;
  return buildMetadata({
    path: cguVersionHref(effective),
    title: `Conditions générales, version du ${formatCalendarDate(effective)}`,
    description: summary,
    siteName: getSiteContent().data.identity.siteName,
    shareImageKey: "cgu",
  });
}

export default async function CguVersionPage({ params }: Props) {
  const found = findVersion((await params).version);
  if (!found) notFound();
  const context = await getRenderContext();
  const { version, previous } = found;
  const { effective, summary } = version.frontmatter;
  const status = describeCguVersion(context.content.cguVersions, version, context.now);
  const readable = (document: typeof version) => toReadableText(document, context.facts, context.pageTitles);
  return (
    <PageFrame
      current="cgu"
      siteName={context.content.data.identity.siteName}
      title={`Conditions générales, version du ${formatCalendarDate(effective)}`}
      parent={{ href: cguHistoryHref(), title: "Historique des conditions générales" }}
    >
      <p className="lead">
        <strong>
          {status.status === "in-force"
            ? `Version en vigueur depuis le ${formatCalendarDate(effective)}.`
            : status.status === "upcoming"
              ? `Version à venir : elle entrera en vigueur le ${formatCalendarDate(effective)}.`
              : `Version en vigueur du ${formatCalendarDate(effective)} au ${formatCalendarDate(status.replacedOn)}, remplacée depuis.`}
        </strong>{" "}
        {status.status === "in-force" ? null : <a href={pageHref("cgu")}>Lire la version en vigueur.</a>}
      </p>
      <p>{summary}</p>
      <section aria-labelledby="modifications">
        <h2 id="modifications">
          {previous ? (
            <>
              Modifications par rapport à la version du{" "}
              <time dateTime={previous.frontmatter.effective}>{formatCalendarDate(previous.frontmatter.effective)}</time>
            </>
          ) : (
            "Modifications"
          )}
        </h2>
        {previous ? (
          <CguDiffView
            blocks={diffReadableTexts(readable(previous), readable(version))}
            commitments={listCommitmentChanges(previous.frontmatter, version.frontmatter)}
          />
        ) : (
          <p>C’est la première version publiée&nbsp;: elle ne remplace rien.</p>
        )}
      </section>
      <section aria-labelledby="texte">
        <h2 id="texte">Texte de cette version</h2>
        <MdxContent document={version} context={context} cguVersion={version.frontmatter} />
      </section>
    </PageFrame>
  );
}
