/**
 * Writes the demo content (tests/fixtures/demo-content laid over content/) into a directory:
 * what the browser tests serve, and what `npm run demo` shows.
 * Usage: tsx tests/e2e/write-demo-content.ts <directory>
 */
import path from "node:path";
import { copyDemoContent } from "../support/content-fixtures";

const target = path.resolve(process.argv[2] ?? ".demo/content");
copyDemoContent(target);
console.log(`contenu de démonstration écrit dans ${target}`);
