/**
 * npm run check — validates every content and data file, without building the site.
 */
import { formatCheckReport } from "../lib/content/check-content";
import { checkSite } from "../lib/publication/check-site";
import { readOptions } from "./command-line";

const usage = `Usage : npm run check

Vérifie chaque fichier de content/ (pages, interventions, CGU, données) sans construire le site,
avec les mêmes règles que la construction. Affiche une ligne par problème :
  fichier:ligne — champ : message
Code de sortie : 1 s'il y a une erreur ; 0 s'il ne reste que des valeurs à compléter ou à confirmer.

Options :
  -h, --help   affiche cette aide`;

readOptions(usage, {});
const { issues } = checkSite();
console.log(formatCheckReport(issues));
process.exitCode = issues.some((issue) => issue.severity === "error") ? 1 : 0;
