// `npm run build` of the fake site: writes .next/standalone/ as `next build` + postbuild do.
// Knobs (files in knobs/, set by tests/deploy/deploy.test.sh in the commit it deploys):
//   content-error  print a content error the way the real build does, and fail
//   build-hangs    start a child process and hang (the test interrupts the deployment)
const fs = require("node:fs");
const path = require("node:path");
const { spawn } = require("node:child_process");

const knob = (name) => fs.existsSync(path.join("knobs", name));
const markers = process.env.DEPLOY_TEST_MARKERS;

// Noise: a real build prints warnings; they belong in the build log, not on the terminal.
for (let i = 1; i <= 40; i++) console.log(`build-noise ${i}: warning, something deprecated`);

if (knob("content-error")) {
  console.error("Error: Une erreur dans le contenu :");
  console.error("  content/interventions/2026-01-01-panne.mdx:3 — start : « demain » n'est pas une date");
  process.exit(1);
}

if (knob("build-hangs")) {
  // A grandchild, like npm's and Next's workers: the interruption must kill it too.
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  fs.writeFileSync(path.join(markers, "build-child.pid"), String(child.pid));
  fs.writeFileSync(path.join(markers, "build-started"), String(process.pid));
  setInterval(() => {}, 1000);
  return;
}

const out = path.join(".next", "standalone");
fs.mkdirSync(path.join(out, ".next", "static"), { recursive: true });
fs.copyFileSync("server.cjs", path.join(out, "server.js"));
fs.copyFileSync("content.cjs", path.join(out, "content.cjs"));
fs.copyFileSync("version.txt", path.join(out, "version.txt"));
fs.cpSync("content", path.join(out, "content"), { recursive: true });
if (fs.existsSync("knobs")) fs.cpSync("knobs", path.join(out, "knobs"), { recursive: true });
const version = fs.readFileSync("version.txt", "utf8").trim();
fs.writeFileSync(path.join(out, ".next", "static", `${version}.css`), `/* ${version} */\n`);
console.log("build done");
