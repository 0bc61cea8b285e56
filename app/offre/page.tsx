import { ContentPage } from "@/components/site/content-page";
import { buildPageMetadata } from "@/lib/web/metadata";

export const generateMetadata = () => buildPageMetadata("offre");

export default function OfferPage() {
  return <ContentPage id="offre" />;
}
