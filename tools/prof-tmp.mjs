import { Linter } from "eslint";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import plugin, { rules } from "eslint-plugin-miglint";
const text = readFileSync("/work/main/.bench/staged-200k.csv", "utf8");
const linter = new Linter({ configType: "flat" });
function time(f){f();const t=performance.now();for(let i=0;i<5;i++)f();return (performance.now()-t)/5;}
function run(ruleIds) {
  const cfg = [{ files: ["**/*.csv"], plugins: { miglint: plugin }, language: "miglint/csv", rules: Object.fromEntries(ruleIds.map((r) => ["miglint/" + r, "error"])) }];
  return time(()=>linter.verify(text, cfg, "x.csv"));
}
console.log("bare parse text", time(()=>parse(text,{relax_column_count:true,record_delimiter:["\r\n","\n","\r"]})).toFixed(0));
const base = run([]);
console.log("no rules", base.toFixed(0));
for (const id of Object.keys(rules)) { const t = run([id]); console.log(id, (t - base).toFixed(0)); }
console.log("all", run(Object.keys(rules)).toFixed(0));
