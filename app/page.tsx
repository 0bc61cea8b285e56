import { ContentPage } from "@/components/content-page";
import { getSiteContent } from "@/lib/content/site-content";
import { buildPageMetadata } from "@/lib/metadata";

export function generateMetadata() {
  const content = getSiteContent();
  return buildPageMetadata("presentation", content.pages.presentation.frontmatter, content.data.identity.siteName);
}

export default function PresentationPage() {
  return <ContentPage id="presentation" />;
}
