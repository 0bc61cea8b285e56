import { ContentPage } from "@/components/content-page";
import { getSiteContent } from "@/lib/content/site-content";
import { buildPageMetadata } from "@/lib/metadata";

export function generateMetadata() {
  const content = getSiteContent();
  return buildPageMetadata("mentions-legales", content.pages["mentions-legales"].frontmatter, content.data.identity.siteName);
}

export default function LegalNoticePage() {
  return <ContentPage id="mentions-legales" />;
}
