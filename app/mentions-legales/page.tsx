import { ContentPage } from "@/components/site/content-page";
import { buildPageMetadata } from "@/lib/web/metadata";

export const generateMetadata = () => buildPageMetadata("mentions-legales");

export default function LegalNoticePage() {
  return <ContentPage id="mentions-legales" />;
}
