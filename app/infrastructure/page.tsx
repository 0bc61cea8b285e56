import { ContentPage } from "@/components/site/content-page";
import { buildPageMetadata } from "@/lib/web/metadata";

export const generateMetadata = () => buildPageMetadata("infrastructure");

export default function InfrastructurePage() {
  return <ContentPage id="infrastructure" />;
}
