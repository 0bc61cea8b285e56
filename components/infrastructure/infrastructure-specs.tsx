import type { PartDescription } from "@/lib/infrastructure/redundancy";
import { RedundancyBadge } from "./redundancy-badge";

/** The machine, line by line, with what survives a failure and what does not. */
export function InfrastructureSpecs({ parts }: { parts: readonly PartDescription[] }) {
  return (
    <div className="overflow-x-auto">
      <table>
        <caption className="text-left">Composition du serveur et redondance de chaque élément</caption>
        <thead>
          <tr>
            <th scope="col">Élément</th>
            <th scope="col">Détail</th>
            <th scope="col">Redondant&nbsp;?</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part.part}>
              <th scope="row">{part.label}</th>
              <td>{part.detail}</td>
              <td>
                <RedundancyBadge redundant={part.redundant} detail={part.consequence} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
