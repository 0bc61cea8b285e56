import { RequestForm } from "@/components/contact/request-form";
import { ContentPage } from "@/components/site/content-page";
import { emptyRequestValues } from "@/lib/contact/request-fields";
import { getRenderContext } from "@/lib/rendering/render-context";
import { buildPageMetadata } from "@/lib/web/metadata";
import { pageHref } from "@/lib/web/routes";

export const generateMetadata = () => buildPageMetadata("contact");

export default async function RequestPage() {
  const { now, content, pageTitles } = await getRenderContext();
  const { retentionYears } = content.data.offer.requestForm;
  const consent = (
    <>
      Ces informations servent uniquement à étudier votre demande et à vous répondre. Elles me parviennent par e-mail et sont conservées{" "}
      {retentionYears} ans après notre dernier échange. Vos droits et le détail&nbsp;:{" "}
      <a href={pageHref("confidentialite")}>{pageTitles.confidentialite}</a>.
    </>
  );
  return (
    <ContentPage id="contact">
      <RequestForm initialState={{ startedAt: now.getTime(), values: emptyRequestValues, fieldErrors: {} }} consent={consent} />
    </ContentPage>
  );
}
