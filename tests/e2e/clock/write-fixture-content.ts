/**
 * Writes the content served by the clock tests' server: the demo content plus interventions and
 * CGU versions dated relative to now (an incident in progress, a maintenance in two days…).
 * Usage: tsx tests/e2e/clock/write-fixture-content.ts <directory>
 */
import path from "node:path";
import { copyDemoContent, writeClockFixtures } from "../../support/content-fixtures";

const target = path.resolve(process.argv[2] ?? ".e2e/content");
copyDemoContent(target);
writeClockFixtures(target, new Date());
console.log(`contenu de test écrit dans ${target}`);
