// The fake site's content: reads a content directory, validates it, hashes it. Shared by
// server.cjs (at start and on SIGHUP) and check.cjs. An intervention with `start: demain` is the
// content error the tests use; content/echeance.txt stands for the next state change.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

function readContent(dir) {
  const files = [];
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(name);
      else files.push(name);
    }
  };
  walk("");
  files.sort();
  const hash = crypto.createHash("sha256");
  const errors = [];
  let placeholders = 0;
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    hash.update(`${file}\0${text}\0`);
    text.split("\n").forEach((line, index) => {
      if (/^start: demain/.test(line)) errors.push(`content/${file}:${index + 1} — start : « demain » n'est pas une date`);
      if (line.includes("À COMPLÉTER")) placeholders++;
    });
  }
  const next = files.includes("echeance.txt") ? fs.readFileSync(path.join(dir, "echeance.txt"), "utf8").trim() : "";
  return { files, errors, placeholders, next, revision: hash.digest("hex").slice(0, 16) };
}

module.exports = { readContent };
