import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The house's layers, from the ground up (README, « How it works »):
 *   lib/format    pure formatting helpers: import nothing from the project
 *   lib/content   reads, parses and validates content/: imports only lib/format
 *   lib/<domain>  interventions, costs, infrastructure, cgu, web, rendering, publication
 *   components    React components
 *   app           routes
 * A layer never imports from one above it, and nothing imports in a circle.
 */
const layers = [
  {
    target: "./lib/format",
    from: ["./lib", "./components", "./app", "./scripts"],
    except: ["./format"],
    message: "lib/format n'importe rien du projet : ce sont des fonctions pures utilisées partout.",
  },
  {
    target: "./lib/content",
    from: ["./lib", "./components", "./app", "./scripts"],
    except: ["./content", "./format"],
    message: "lib/content est le rez-de-chaussée : il lit et valide, et n'importe que lib/format.",
  },
  {
    target: "./lib",
    from: ["./components", "./app", "./scripts"],
    message: "lib/ n'importe ni composant, ni route, ni script.",
  },
  {
    target: "./components",
    from: ["./app", "./scripts"],
    message: "Les composants sont utilisés par les routes, pas l'inverse.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{ts,tsx}"],
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true } },
    rules: {
      "import/no-restricted-paths": ["error", { zones: layers }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  // CommonJS by definition: require() is how these files import.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  globalIgnores([
    "**/.next/**",
    ".e2e/**",
    ".bench/**",
    ".demo/**",
    "node_modules/**",
    "playwright-report/**",
    "test-results/**",
    "**/next-env.d.ts",
  ]),
]);
