// `npm run miroir` of the fake site, as the real one is called by deploy/push-mirror.sh:
//   miroir.cjs <dir> --depuis <origin>          writes <dir>/index.html (what <origin> serves, and
//                                               the copy time), atomically
//   miroir.cjs --prochaine-echeance --depuis <origin>   prints the next state change, or nothing
// The knob file $DEPLOY_TEST_MARKERS/miroir-fails makes the export fail.
const fs = require("node:fs");
const path = require("node:path");

const args = process.argv.slice(2);
const origin = args[args.indexOf("--depuis") + 1];
(async () => {
  const response = await fetch(`${origin}/`);
  if (args[0] === "--prochaine-echeance") {
    const next = response.headers.get("x-prochaine-echeance");
    if (next) console.log(next);
    return;
  }
  if (fs.existsSync(path.join(process.env.DEPLOY_TEST_MARKERS ?? "/nonexistent", "miroir-fails"))) throw new Error("export impossible");
  const dir = path.resolve(args[0]);
  const body = await response.text();
  fs.rmSync(`${dir}.tmp`, { recursive: true, force: true });
  fs.mkdirSync(`${dir}.tmp`, { recursive: true });
  fs.writeFileSync(
    path.join(`${dir}.tmp`, "index.html"),
    `<p>Copie de secours du ${new Date().toISOString()}</p>\n<pre>${body}</pre>\nrevision ${response.headers.get("x-contenu-revision")}\n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(`${dir}.tmp`, dir);
})().catch((error) => {
  console.error(`miroir : ${error.message}`);
  process.exit(1);
});
