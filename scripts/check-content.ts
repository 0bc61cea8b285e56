/**
 * npm run check — validates every content and data file, without building the site.
 * Prints one line per problem (file:line — champ : message) and exits with 1 if any is an error;
 * warnings alone (placeholders, amounts to confirm) exit with 0.
 */
import { checkContent, formatCheckReport } from "../lib/content/check-content";

const { issues } = checkContent();
console.log(formatCheckReport(issues));
process.exitCode = issues.some((issue) => issue.severity === "error") ? 1 : 0;
