import path from "node:path";
import { ESLint } from "eslint";
import { emptyConfig } from "@miglint/core";
import csv from "eslint-plugin-miglint/parts/csv";
import { buildEslintConfig } from "miglint";
const WORK = path.resolve(".bench");
const eslint = new ESLint({ cwd: WORK, overrideConfigFile: true, overrideConfig: buildEslintConfig(emptyConfig(WORK), { csv }) });
for (let i = 0; i < 4; i++) { const t = performance.now(); await eslint.lintFiles([path.join(WORK, "staged-200k.csv")]); console.log((performance.now() - t).toFixed(0)); }
