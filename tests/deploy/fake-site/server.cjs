// The fake site's server, copied to .next/standalone/server.js by build.cjs. Answers every
// request after 20 ms with the release's version and what it was started with (user, SITE_URL).
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

if (knob("writes-own-directory")) fs.writeFileSync(path.join(__dirname, ".start-up-cache"), "");
if (knob("slow-start")) fs.writeFileSync(path.join(markers, "server-starting"), String(process.pid));

const server = http.createServer((request, response) => {
  setTimeout(() => {
    response.writeHead(200, {
      "content-type": "text/plain; charset=utf-8",
      "x-release": version,
      "x-user": os.userInfo().username,
      "x-site-url": process.env.SITE_URL ?? "",
    });
    response.end(`version ${version}\n`);
  }, 20);
});
setTimeout(() => server.listen(Number(process.env.PORT), process.env.HOSTNAME), knob("slow-start") ? 120_000 : 0);
// Like Next.js: exits at once on SIGTERM, cutting any request in flight.
process.on("SIGTERM", () => process.exit(143));
