#!/usr/bin/env node
/**
 * Prints the CHANGELOG.md section of a version, the notes of its GitHub release
 * (.github/workflows/release.yml). Fails when the changelog has no section for
 * it, so a release is never published without notes.
 *
 * Usage: node tools/release-notes.mjs 0.1.0
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The body of the `## [version]` section of a changelog, up to the next `## ` heading. */
export function releaseNotes(changelog, version) {
	const sections = changelog.split(/^(?=## )/mu);
	const section = sections.find((text) => text.startsWith(`## [${version}]`));
	if (!section) {
		throw new Error(`CHANGELOG.md has no "## [${version}]" section`);
	}
	return section.slice(section.indexOf("\n") + 1).trim();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(releaseNotes(readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8"), process.argv[2]));
}
