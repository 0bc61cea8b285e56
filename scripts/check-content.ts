/**
 * npm run check — validates every content and data file, without building the site.
 */
import { formatCheckReport } from "../lib/content/check-content";
import { checkSite } from "../lib/publication/check-site";
import { formatPublicationReport } from "../lib/publication/publication-report";
import { readOptions } from "./command-line";

const usage = `Usage : npm run check [-- --publication]

Vérifie chaque fichier de content/ (pages, interventions, CGU, données) sans construire le site,
avec les mêmes règles que la construction. Affiche une ligne par problème :
  fichier:ligne — champ : message
Code de sortie : 1 s'il y a une erreur ; 0 s'il ne reste que des valeurs à compléter ou à confirmer.

Options :
  --publication  avant la mise en ligne : échoue (code 1) tant qu'il reste une valeur à compléter
                 ou à confirmer, et les liste page par page. deploy/deploy.sh le lance avant
                 chaque mise en service.
  -h, --help     affiche cette aide`;

const { values } = readOptions(usage, { publication: { type: "boolean" } });
const { issues } = checkSite();
if (values.publication) {
  console.log(formatPublicationReport(issues));
  process.exitCode = issues.length > 0 ? 1 : 0;
} else {
  console.log(formatCheckReport(issues));
  process.exitCode = issues.some((issue) => issue.severity === "error") ? 1 : 0;
}
