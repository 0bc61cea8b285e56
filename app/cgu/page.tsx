import { ContentPage } from "@/components/site/content-page";
import { MdxContent } from "@/components/mdx/mdx-content";
import { listUpcomingCgu } from "@/lib/cgu/versions";
import { getRenderContext } from "@/lib/rendering/render-context";
import { formatCalendarDate, toParisCalendarDate } from "@/lib/format/dates";
import { buildPageMetadata } from "@/lib/web/metadata";
import { cguHistoryHref, cguVersionHref } from "@/lib/web/routes";

export const generateMetadata = () => buildPageMetadata("cgu");

export default async function CguPage() {
  const context = await getRenderContext();
  const version = context.cguInForce;
  const effective = version.frontmatter.effective;
  const alreadyInForce = effective <= toParisCalendarDate(context.now);
  const hasPrevious = context.content.cguVersions.indexOf(version) > 0;
  const upcoming = listUpcomingCgu(context.content.cguVersions, context.now).filter((candidate) => candidate !== version);
  return (
    <ContentPage id="cgu">
      <p className="lead">
        <strong>
          {alreadyInForce ? "En vigueur depuis le " : "Entreront en vigueur le "}
          <time dateTime={effective}>{formatCalendarDate(effective)}</time>.
        </strong>
      </p>
      {upcoming.map((next) => (
        <p key={next.slug} role="note">
          Une nouvelle version entrera en vigueur le{" "}
          <time dateTime={next.frontmatter.effective}>{formatCalendarDate(next.frontmatter.effective)}</time>&nbsp;:{" "}
          {next.frontmatter.summary} <a href={cguVersionHref(next.frontmatter.effective)}>Lire la nouvelle version et ses modifications.</a>
        </p>
      ))}
      <p>
        <a href={cguHistoryHref()}>Historique des versions</a>
        {hasPrevious ? (
          <>
            {" · "}
            <a href={cguVersionHref(effective)}>Ce qui a changé dans cette version</a>
          </>
        ) : null}
      </p>
      <MdxContent document={version} context={context} cguVersion={version.frontmatter} />
    </ContentPage>
  );
}
