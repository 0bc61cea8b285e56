import type { Metadata } from "next";
import { PageFrame } from "@/components/site/page-frame";
import { getSiteContent } from "@/lib/content/site-content";
import { listHeaderPages, pageHref, pages } from "@/lib/web/routes";

export const metadata: Metadata = {
  title: "Page introuvable",
  description: "Cette adresse ne correspond à aucune page du site.",
  // No `robots` here: Next.js already adds noindex to every 404.
};

export default function NotFound() {
  const content = getSiteContent();
  return (
    <PageFrame siteName={content.data.identity.siteName} title="Page introuvable">
      <p>Cette adresse ne correspond à aucune page du site. Elle a peut-être été mal recopiée, ou la page a été déplacée.</p>
      <p>Vous trouverez peut-être ce que vous cherchez ici&nbsp;:</p>
      <ul>
        {listHeaderPages().map((id) => (
          <li key={id}>
            <a href={pageHref(id)}>{content.pages[id].frontmatter.title}</a>
          </li>
        ))}
        <li>
          <a href={pageHref("mentions-legales")}>{pages["mentions-legales"].navLabel}</a>
        </li>
      </ul>
    </PageFrame>
  );
}
