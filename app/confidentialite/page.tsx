import { ContentPage } from "@/components/site/content-page";
import { buildPageMetadata } from "@/lib/web/metadata";

export const generateMetadata = () => buildPageMetadata("confidentialite");

export default function PrivacyPage() {
  return <ContentPage id="confidentialite" />;
}
