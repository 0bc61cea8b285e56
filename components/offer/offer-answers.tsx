import { Fragment, type ReactNode } from "react";
import type { Offer, OfferSection } from "@/lib/content/schemas/offer";
import { typesetFrench } from "@/lib/format/french-typography";
import type { FactName, FactValue } from "@/lib/rendering/facts";
import { pageHref, type PageId } from "@/lib/web/routes";
import { FactText } from "../facts/fact-text";

interface Question {
  question: string;
  answer: ReactNode;
  /** A page that says more, linked after the answer. */
  seeAlso?: { page: PageId; text: string };
}

/**
 * The offer as questions a prospective client asks, answered from offre.yaml. Where the data
 * already holds the answer (price, system, who answers), it is quoted from there, never retyped.
 */
export function OfferAnswers({ section, offer, facts }: { section: OfferSection; offer: Offer; facts: Record<FactName, FactValue> }) {
  return (
    <>
      {listQuestions(section, offer, facts).map(({ question, answer, seeAlso }) => (
        <Fragment key={question}>
          <h3>{typesetFrench(question)}</h3>
          <p>
            {answer}
            {seeAlso ? (
              <>
                {" "}
                (<a href={pageHref(seeAlso.page)}>{seeAlso.text}</a>)
              </>
            ) : null}
          </p>
        </Fragment>
      ))}
    </>
  );
}

function listQuestions(section: OfferSection, offer: Offer, facts: Record<FactName, FactValue>): Question[] {
  const { container, billing, support, leaving } = offer;
  switch (section) {
    case "container":
      return [
        {
          question: "Qu’est-ce que je loue ?",
          answer: (
            <>
              Un conteneur <FactText value={facts.containerTechnology} /> sous <FactText value={facts.containerOs} />, rien qu’à vous, sur
              un serveur dédié géré avec <FactText value={facts.hypervisor} />.
            </>
          ),
          seeAlso: { page: "infrastructure", text: "le détail du serveur" },
        },
        { question: "Ai-je un accès root ou SSH ?", answer: <FactText value={container.access} /> },
        { question: "Qui met à jour le système ?", answer: <FactText value={container.systemUpdates} /> },
        { question: "Quelle part de processeur et de mémoire vive ?", answer: <FactText value={container.cpuAndMemory} /> },
        { question: "Quelles adresses IPv4 et IPv6 ?", answer: <FactText value={container.network} /> },
        { question: "Le trafic est-il limité ?", answer: <FactText value={container.traffic} /> },
      ];
    case "billing":
      return [
        {
          question: "Combien cela coûte-t-il ?",
          answer: (
            <>
              <FactText value={facts.pricePerTbMonth} /> par To et par mois (<FactText value={facts.vatMention} />
              ), le prix de la projection publiée.
            </>
          ),
          seeAlso: { page: "couts", text: "ce que ce prix couvre et rapporte" },
        },
        { question: "Y a-t-il un minimum ?", answer: <FactText value={billing.minimum} /> },
        { question: "Peut-on louer une fraction de To ?", answer: <FactText value={billing.fractions} /> },
        { question: "Y a-t-il des frais de mise en service ?", answer: <FactText value={billing.setupFees} /> },
        {
          question: "Comment et quand payer ?",
          answer: <FactText value={billing.payment} />,
          seeAlso: { page: "cgu", text: "les conditions générales" },
        },
      ];
    case "support":
      return [
        {
          question: "Qui me répond ?",
          answer: <>La personne qui administre l’infrastructure&nbsp;: je suis seul à gérer la technique et la relation client.</>,
          seeAlso: { page: "presentation", text: "ce qui se passe si je ne suis plus là" },
        },
        {
          question: "Comment vous joindre ?",
          answer: (
            <>
              Avant de signer, par le <a href={pageHref("contact")}>formulaire de demande</a>&nbsp;: j’étudie toutes les demandes et, si
              c’est possible, je préfère rencontrer en personne mes clients potentiels. Ensuite&nbsp;: <FactText value={support.channels} />
            </>
          ),
        },
        { question: "À quelles heures ?", answer: <FactText value={support.hours} /> },
        { question: "En combien de temps répondez-vous ?", answer: <FactText value={support.responseTime} /> },
        {
          question: "Et en cas d’urgence ?",
          answer: <FactText value={support.emergencies} />,
          seeAlso: { page: "interventions", text: "le journal des interventions" },
        },
        { question: "Et pendant vos congés ?", answer: <FactText value={support.holidays} /> },
      ];
    case "leaving":
      return [
        {
          question: "Quel préavis pour partir ?",
          answer: <FactText value={leaving.notice} />,
          seeAlso: { page: "cgu", text: "les conditions générales" },
        },
        { question: "Comment récupérer mes données ?", answer: <FactText value={leaving.exportFormat} /> },
        { question: "Quand mes données sont-elles effacées ?", answer: <FactText value={leaving.deletion} /> },
      ];
  }
}
