// `npm run check` of the fake site. With --publication, fails while knobs/placeholders exists,
// listing the placeholders as the real check does.
const fs = require("node:fs");

if (process.argv.includes("--publication") && fs.existsSync("knobs/placeholders")) {
  console.log("À compléter avant publication :");
  console.log("content/data/identite.yaml:4 — siret : « À COMPLÉTER » est encore là");
  process.exit(1);
}
console.log("Contenu valide.");
