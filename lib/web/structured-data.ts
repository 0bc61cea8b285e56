import type { BreadcrumbList, Event, EventStatusType, Organization, Service } from "schema-dts";
import type { BusinessFigures } from "../costs/business-figures";
import type { InterventionDocument, SiteData } from "../content/load-content";
import { readFilled } from "../content/placeholder";
import { getInterventionState } from "../interventions/state";
import { interventionHref, pageHref } from "./routes";
import { absoluteUrl, site } from "./site";

/**
 * JSON-LD for search engines, typed with schema-dts. Placeholders the operator has not filled in
 * are left out: structured data must not carry « À COMPLÉTER ».
 */
const organizationId = `${site.origin.origin}/#entreprise`;

export function buildOrganization({ identity, infrastructure }: SiteData): Organization {
  const { address } = identity;
  const street = readFilled(address.street);
  const postalCode = readFilled(address.postalCode);
  const city = readFilled(address.city);
  const owner = readFilled(identity.ownerName);
  const siret = readFilled(identity.siret);
  return {
    "@type": "Organization",
    "@id": organizationId,
    name: identity.siteName,
    url: absoluteUrl(pageHref("presentation")),
    ...(owner ? { legalName: `${owner} EI`, founder: { "@type": "Person", name: owner } } : {}),
    ...(readFilled(identity.email) ? { email: readFilled(identity.email) } : {}),
    ...(readFilled(identity.phone) ? { telephone: readFilled(identity.phone) } : {}),
    ...(siret ? { identifier: { "@type": "PropertyValue", propertyID: "SIRET", value: siret } } : {}),
    ...(street && postalCode && city
      ? { address: { "@type": "PostalAddress", streetAddress: street, postalCode, addressLocality: city, addressCountry: "FR" } }
      : {}),
    areaServed: "FR",
    knowsAbout: ["Hébergement web", `Conteneurs ${infrastructure.software.containerTechnology}`, infrastructure.software.hypervisor],
  };
}

/** The offer: a container, priced per To and per month, VAT not applicable under the franchise. */
export function buildHostingService(data: SiteData, figures: BusinessFigures): Service {
  const price = (data.costs.pricePerTbMonthCents / 100).toFixed(2);
  return {
    "@type": "Service",
    name: `Hébergement dans un conteneur ${data.infrastructure.software.containerTechnology}`,
    serviceType: "Hébergement web",
    provider: { "@id": organizationId },
    areaServed: "FR",
    description: `Un conteneur ${data.infrastructure.software.containerTechnology} ${data.infrastructure.software.containerOs} par client sur un serveur dédié à ${data.infrastructure.datacenter.city}, sauvegardé chaque jour.`,
    offers: {
      "@type": "Offer",
      url: absoluteUrl(pageHref("couts")),
      priceCurrency: "EUR",
      price,
      availability: "https://schema.org/InStock",
      priceSpecification: {
        "@type": "UnitPriceSpecification",
        price,
        priceCurrency: "EUR",
        // UN/CEFACT E35: terabyte; billed per month.
        unitCode: "E35",
        unitText: "To par mois",
        referenceQuantity: { "@type": "QuantitativeValue", value: 1, unitCode: "E35" },
        billingDuration: { "@type": "QuantitativeValue", value: 1, unitCode: "MON" },
        valueAddedTaxIncluded: false,
        description: data.identity.vatExempt ? "TVA non applicable, art. 293 B du CGI" : "TVA en sus",
      },
      eligibleQuantity: { "@type": "QuantitativeValue", maxValue: figures.usableCapacityTb, unitCode: "E35" },
    },
  };
}

const eventStatus = (entry: InterventionDocument, now: Date): EventStatusType =>
  getInterventionState(entry.frontmatter, now) === "cancelled"
    ? "https://schema.org/EventCancelled"
    : entry.frontmatter.reschedules?.length
      ? "https://schema.org/EventRescheduled"
      : "https://schema.org/EventScheduled";

/** A planned intervention (maintenance or operation) as an Event; incidents are not events one plans. */
export function buildInterventionEvent(entry: InterventionDocument, now: Date): Event | undefined {
  const { frontmatter } = entry;
  if (frontmatter.kind === "incident") return undefined;
  const url = absoluteUrl(interventionHref(entry.slug));
  const previous = frontmatter.reschedules?.[0];
  return {
    "@type": "Event",
    name: frontmatter.title,
    description: frontmatter.summary,
    url,
    startDate: frontmatter.start.toISOString(),
    ...(frontmatter.end ? { endDate: frontmatter.end.toISOString() } : {}),
    ...(previous ? { previousStartDate: previous.previousStart.toISOString() } : {}),
    eventStatus: eventStatus(entry, now),
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    location: { "@type": "VirtualLocation", url },
    organizer: { "@id": organizationId },
    inLanguage: "fr",
  };
}

export function buildBreadcrumbs(items: { name: string; path: string }[]): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

export type StructuredData = Organization | Service | Event | BreadcrumbList;

export function wrapGraph(nodes: StructuredData[]): { "@context": "https://schema.org"; "@graph": StructuredData[] } {
  return { "@context": "https://schema.org", "@graph": nodes };
}
