// `npm run check` of the fake site: validates CONTENT_DIR (else ./content) as the server does
// (content.cjs). With --publication, also fails while knobs/placeholders exists or the content
// holds « À COMPLÉTER », listing the placeholders as the real check does.
const fs = require("node:fs");
const { readContent } = require("./content.cjs");

const content = readContent(process.env.CONTENT_DIR || "content");
if (content.errors.length > 0) {
  console.error("Erreurs dans le contenu :");
  for (const error of content.errors) console.error(`  ${error}`);
  process.exit(1);
}
if (process.argv.includes("--publication") && (fs.existsSync("knobs/placeholders") || content.placeholders > 0)) {
  console.log("À compléter avant publication :");
  console.log("content/data/identite.yaml:4 — siret : « À COMPLÉTER » est encore là");
  process.exit(1);
}
console.log("Contenu valide.");
