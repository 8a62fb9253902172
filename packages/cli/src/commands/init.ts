import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE_NAMES, describeFileError, emptyConfig, plural } from "@miglint/core";
import { UsageError } from "../usage-error.js";
import { relativePath } from "../paths.js";
import { collectProjectFacts } from "@miglint/project-facts";
import { languageOfFile } from "eslint-plugin-miglint/languages";
import { projectFiles } from "../project-facts/project-files.js";
import { batchDomains } from "./batch-domains.js";
import { legacyEncodingSeen, sharedSipSettings } from "./init-evidence.js";
import { parseCommandOptions } from "./command-options.js";
import { starterConfig, type StarterFacts } from "./starter-config.js";

const FILE_NAME = "miglint.config.yaml";

const COMMAND = {
	name: "init",
	describe: `Writes a starter ${FILE_NAME} in the working directory with what miglint can tell about the migration: single sign-on from a domain export, the domains of the batch files' addresses, the Skype for Business hybrid state from SharedSipAddressSpace, the code page of legacy-encoded batches, the CSV files whose type it cannot tell.`,
	options: { force: { type: "boolean", default: false, describe: `Overwrite an existing ${FILE_NAME}` } },
} as const;

/** The facts of the project in `directory`, read as `miglint --print-facts` reads them without a configuration. */
async function detectFacts(directory: string): Promise<StarterFacts> {
	const config = emptyConfig(directory);
	const files = projectFiles(directory, config);
	const { report } = await collectProjectFacts(directory, files, [], config, languageOfFile);
	return {
		sso: report.sso,
		domains: batchDomains(report.csvTypes, null),
		untyped: report.csvTypes.filter((fact) => fact.type === null).map((fact) => ({ file: relativePath(directory, fact.file), reason: fact.reason })),
		sharedSip: await sharedSipSettings(files, directory),
		legacyEncoding: legacyEncodingSeen(report.csvTypes, directory),
	};
}

function summary(facts: StarterFacts): string {
	const domains = facts.domains.onPremises.length + facts.domains.cloud.length;
	const found = [
		...(facts.sso ? [`single sign-on ${facts.sso.federated ? "on" : "off"}`] : []),
		...(domains ? [plural(domains, "domain")] : []),
		...(facts.untyped.length ? [`${plural(facts.untyped.length, "CSV file")} of unknown type (see csv.types)`] : []),
	];
	return `Wrote ${FILE_NAME}${found.length ? ` with ${found.join(", ")}` : ""}: check it, then run miglint.\n`;
}

/** miglint's cache and the facts index beside it (`.miglintcache`, `.miglintcache.index`): files of one machine, not of the repository. */
const CACHE_PATTERN = ".miglintcache*";

/**
 * Adds the cache files to the `.gitignore` of the working directory (an
 * existing one, or a new one at the top of a git work tree) unless a line
 * already names them; whether it did.
 */
function ignoreCacheFiles(cwd: string): boolean {
	const file = path.join(cwd, ".gitignore");
	const text = existsSync(file) ? readFileSync(file, "utf8") : existsSync(path.join(cwd, ".git")) ? "" : null;
	if (text === null || text.split(/\r?\n/u).some((line) => /^\/?\.miglintcache(?:\*|$)/u.test(line.trim()))) {
		return false;
	}
	writeFileSync(file, `${text}${text && !text.endsWith("\n") ? "\n" : ""}${CACHE_PATTERN}\n`);
	return true;
}

export async function init(argv: string[], cwd: string): Promise<number> {
	const options = parseCommandOptions(COMMAND, argv);
	if (!options) {
		return 0;
	}
	const existing = CONFIG_FILE_NAMES.filter((name) => existsSync(path.join(cwd, name)));
	// --force replaces miglint.config.yaml only: another name would leave two configurations, which miglint refuses.
	const blocking = options.force ? existing.filter((name) => name !== FILE_NAME) : existing;
	if (blocking.length) {
		throw new UsageError(`${blocking[0]} already exists here; ${blocking[0] === FILE_NAME ? "use --force to overwrite it" : "edit it, or remove it first"}`);
	}
	const facts = await detectFacts(cwd);
	try {
		writeFileSync(path.join(cwd, FILE_NAME), starterConfig(facts));
	} catch (error) {
		throw new UsageError(`cannot write ${FILE_NAME} here: ${describeFileError(error)}`);
	}
	process.stdout.write(summary(facts));
	if (ignoreCacheFiles(cwd)) {
		process.stdout.write(`Added ${CACHE_PATTERN} (miglint's cache) to .gitignore.\n`);
	}
	return 0;
}
