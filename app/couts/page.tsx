import { ContentPage } from "@/components/content-page";
import { getSiteContent } from "@/lib/content/site-content";
import { buildPageMetadata } from "@/lib/metadata";

export function generateMetadata() {
  const content = getSiteContent();
  return buildPageMetadata("couts", content.pages.couts.frontmatter, content.data.identity.siteName);
}

export default function CostsPage() {
  return <ContentPage id="couts" />;
}
