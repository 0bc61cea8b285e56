import { ContentPage } from "@/components/content-page";
import { getSiteContent } from "@/lib/content/site-content";
import { buildPageMetadata } from "@/lib/metadata";

export function generateMetadata() {
  const content = getSiteContent();
  return buildPageMetadata("infrastructure", content.pages.infrastructure.frontmatter, content.data.identity.siteName);
}

export default function InfrastructurePage() {
  return <ContentPage id="infrastructure" />;
}
