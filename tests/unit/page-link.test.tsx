import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { buildMdxComponents } from "@/components/mdx/mdx-components";
import { PageLink } from "@/components/site/page-link";
import { compileMdx } from "@/lib/content/compile-mdx";
import { checkMdxBody } from "@/lib/content/mdx-references";
import { getSiteContent } from "@/lib/content/site-content";
import { buildRenderContext } from "@/lib/rendering/render-context";
import { getMdxComponent } from "@/lib/rendering/mdx-runtime";
import { pageHref, pageIds, type PageId } from "@/lib/web/routes";

const titles = Object.fromEntries(pageIds.map((id) => [id, `Titre de ${id}`])) as Record<PageId, string>;

async function renderMdx(body: string): Promise<string> {
  const Content = getMdxComponent(await compileMdx(body, "test.mdx"));
  const context = buildRenderContext(new Date("2026-11-26T12:00:00Z"), getSiteContent());
  return renderToStaticMarkup(<Content components={buildMdxComponents(context, { file: "test.mdx" })} />);
}

describe("<PageLink>", () => {
  test("links to the page's path with the page's title as text", () => {
    expect(renderToStaticMarkup(<PageLink to="cgu" titles={titles} />)).toBe('<a href="/cgu">Titre de cgu</a>');
  });

  test("uses its children as text when given", () => {
    expect(
      renderToStaticMarkup(
        <PageLink to="couts" titles={titles}>
          ce que ça coûte
        </PageLink>,
      ),
    ).toBe('<a href="/couts">ce que ça coûte</a>');
  });

  test("resolves every page id to its own path", () => {
    for (const id of pageIds) {
      expect(renderToStaticMarkup(<PageLink to={id} titles={titles} />)).toContain(`href="${pageHref(id)}"`);
    }
  });

  test("refuses an unknown id, naming the file that asked for it", () => {
    expect(() => renderToStaticMarkup(<PageLink to={"cgv" as PageId} titles={titles} sourceFile="content/pages/couts.mdx" />)).toThrow(
      "content/pages/couts.mdx — PageLink.to : page inconnue « cgv »",
    );
  });

  test("in MDX, replaces the old pageLink() with the target page's real title", async () => {
    const html = await renderMdx('Consultez la page dédiée : <PageLink to="interventions" />.');
    expect(html).toContain('<a href="/interventions">Interventions sur l’infrastructure</a>');
  });

  test("in MDX, an unknown id is reported with the file, its line and the bad id before anything renders", () => {
    const issues = checkMdxBody('\n\nVoir les <PageLink to="cgv" />.', "content/pages/couts.mdx", "pages");
    expect(issues).toEqual([
      expect.objectContaining({ file: "content/pages/couts.mdx", line: 3, field: "PageLink.to", severity: "error" }),
    ]);
    expect(issues[0]?.message).toContain("« cgv » inconnu");
  });
});
