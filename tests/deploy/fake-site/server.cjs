// The fake site's server, copied to .next/standalone/server.js by build.cjs. Answers every
// request after 20 ms with the release's version and what it was started with (user, SITE_URL),
// its pid, and, like the real server, the revision of the content it serves (X-Contenu-Revision:
// a hash of the files of CONTENT_DIR, else ./content). On SIGHUP it re-reads and validates that
// directory (same rule as check.cjs) and swaps to it, or keeps the old content and logs the
// error as `file:line — champ : message`.
// Knobs (copied to .next/standalone/knobs/):
//   writes-own-directory  writes a file next to itself at start-up: fine for the user who built
//                         it, refused to the service user, who can write nothing
//   slow-start            waits two minutes before listening (the test interrupts the trial)
const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");

const knob = (name) => fs.existsSync(path.join(__dirname, "knobs", name));
const version = fs.readFileSync(path.join(__dirname, "version.txt"), "utf8").trim();
const markers = process.env.DEPLOY_TEST_MARKERS;
const { readContent } = require("./content.cjs");
const contentDir = process.env.CONTENT_DIR || path.join(__dirname, "content");
let content = readContent(contentDir);
if (content.errors.length > 0) {
  for (const error of content.errors) console.error(error);
  process.exit(1);
}
process.on("SIGHUP", () => {
  const next = readContent(contentDir);
  if (next.errors.length > 0) {
    console.error("Nouveau contenu refusé, l'ancien reste servi :");
    for (const error of next.errors) console.error(`  ${error}`);
    return;
  }
  content = next;
  console.log(`contenu rechargé : ${content.revision}`);
});

if (knob("writes-own-directory")) fs.writeFileSync(path.join(__dirname, ".start-up-cache"), "");
if (knob("slow-start")) fs.writeFileSync(path.join(markers, "server-starting"), String(process.pid));

const server = http.createServer((request, response) => {
  setTimeout(() => {
    response.writeHead(200, {
      "content-type": "text/plain; charset=utf-8",
      "x-release": version,
      "x-user": os.userInfo().username,
      "x-site-url": process.env.SITE_URL ?? "",
      "x-pid": String(process.pid),
      "x-contenu-revision": content.revision,
      "x-contenu": content.files.join(","),
      "x-prochaine-echeance": content.next,
    });
    response.end(`version ${version}\n${content.files.join("\n")}\n`);
  }, 20);
});
setTimeout(() => server.listen(Number(process.env.PORT), process.env.HOSTNAME), knob("slow-start") ? 120_000 : 0);
// Like Next.js: exits at once on SIGTERM, cutting any request in flight.
process.on("SIGTERM", () => process.exit(143));
