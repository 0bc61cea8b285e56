import type { Identity } from "@/lib/content/schemas/identity";
import type { Infrastructure } from "@/lib/content/schemas/infrastructure";
import type { FactName, FactValue } from "@/lib/rendering/facts";
import { FactText } from "./fact-text";

/**
 * The publisher and host identification required of a professional site
 * (loi n° 2004-575, art. 1-1; code de commerce, art. R123-237), built from the identity data.
 */
export function LegalNotice({
  identity,
  infrastructure,
  facts,
}: {
  identity: Identity;
  infrastructure: Infrastructure;
  facts: Record<FactName, FactValue>;
}) {
  const { address } = identity;
  const { provider, datacenter } = infrastructure;
  return (
    <>
      <h2>Éditeur du site</h2>
      <dl>
        <dt>Entreprise</dt>
        <dd>
          <FactText value={facts.legalName} /> (entrepreneur individuel, régime de la micro-entreprise)
        </dd>
        <dt>Adresse</dt>
        <dd>
          <FactText value={address.street} />, <FactText value={address.postalCode} /> <FactText value={address.city} />, {address.country}
        </dd>
        <dt>Téléphone</dt>
        <dd>
          <FactText value={identity.phone} />
        </dd>
        <dt>Adresse électronique</dt>
        <dd>
          {identity.email.filled ? (
            <a href={`mailto:${identity.email.value}`}>{identity.email.value}</a>
          ) : (
            <FactText value={identity.email} />
          )}
        </dd>
        <dt>SIRET</dt>
        <dd>
          <FactText value={facts.siret} />
        </dd>
        <dt>Immatriculation</dt>
        <dd>
          <FactText value={facts.rcs} />
        </dd>
        <dt>TVA</dt>
        <dd>
          <FactText value={facts.vatMention} />
        </dd>
      </dl>

      <h2>Directeur de la publication</h2>
      <p>
        <FactText value={identity.publicationDirector} />
      </p>

      <h2>Hébergement</h2>
      <p>
        Le site est hébergé par son éditeur, <FactText value={facts.legalName} />, sur un serveur dédié loué à&nbsp;:
      </p>
      <address className="not-italic">
        {provider.name}
        <br />
        {provider.address}
        <br />
        Téléphone&nbsp;: <FactText value={provider.phone} />
        <br />
        <a href={provider.website} rel="noopener noreferrer">
          {provider.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
        </a>
      </address>
      <p>
        Centre de données&nbsp;: {datacenter.city} ({datacenter.country}), bâtiment {datacenter.code}.
      </p>
    </>
  );
}
