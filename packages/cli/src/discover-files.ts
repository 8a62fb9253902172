import { existsSync, realpathSync, statSync, type BigIntStats } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type FastGlob from "fast-glob";
import type { Ignore } from "ignore";
import type Picomatch from "picomatch";
import { globProblem, isFileTarget, NEVER_SEARCHED, readRegularFile, UnusableFileError, walkFiles, type MiglintConfig } from "@miglint/core";
import { languageExtensions, languageIgnores, languageOfFile, type LanguageName } from "eslint-plugin-miglint/languages";
import { directoryPrefix, relativePath, toPosix } from "./paths.js";
import { UsageError } from "./usage-error.js";

const require = createRequire(import.meta.url);
// Loaded on first use: a pre-commit hook names its files and needs none of them.
const fastGlob = (): typeof FastGlob => require("fast-glob") as typeof FastGlob;
const gitignoreRules = (): Ignore => (require("ignore") as () => Ignore)();
export const picomatch = (): typeof Picomatch => require("picomatch") as typeof Picomatch;

/** What the files of miglint's languages are, for messages. */
const LINTED_KINDS = "miglint checks CSV files, PowerShell scripts and JSON or YAML settings";

const GITIGNORE = ".gitignore";

const ALWAYS_IGNORED = NEVER_SEARCHED.map((name) => `**/${name}/**`);

const GLOB_OPTIONS = {
	absolute: true,
	onlyFiles: false,
	objectMode: true,
	dot: true,
	followSymbolicLinks: false,
	suppressErrors: true,
	ignore: ALWAYS_IGNORED,
} as const;

/**
 * The files `patterns` match under `cwd`, as ESLint finds them: a symbolic
 * link to a file is that file, a symbolic link to a directory is not searched
 * (a link to `/` would be a walk of the whole file system, and a link up the
 * tree a walk without end). The links found are added to `links`.
 */
function globFiles(patterns: string | string[], cwd: string, links?: Set<string>): string[] {
	const files: string[] = [];
	for (const { path: file, dirent } of fastGlob().sync(patterns, { ...GLOB_OPTIONS, cwd })) {
		if (dirent.isFile()) files.push(file);
		else if (dirent.isSymbolicLink() && isFileTarget(file)) {
			files.push(file);
			links?.add(path.resolve(file));
		}
	}
	return files;
}

/**
 * Whether a path (relative, with forward slashes) matches one of the globs,
 * as picomatch's matcher of them tells: a path equal to a glob, or matched by
 * its regular expression. Tested here, since picomatch's matcher makes an
 * object for each glob it tests a path against, and a search tests thousands.
 */
function globMatcher(globs: string[]): (file: string) => boolean {
	if (globs.length === 0) return () => false;
	const literals = new Set(globs);
	const expressions = globs.map((glob) => picomatch().makeRe(glob, { dot: true }));
	return (file) => file !== "" && (literals.has(file) || expressions.some((expression) => expression.test(file)));
}

/**
 * A file's path relative to `directory`, with forward slashes, for the many
 * files of a search: a file found under the directory (a normalised absolute
 * path) is cut from its path, any other goes through path.relative.
 */
function relativeTo(directory: string): (file: string) => string {
	const prefix = directoryPrefix(directory);
	return (file) => (file.startsWith(prefix) ? toPosix(file.slice(prefix.length)) : relativePath(directory, file));
}

/** A file's path for `**` globs: from `directory` when it is inside, else from the root (globs never match `..`). */
function globPathFrom(directory: string): (file: string) => string {
	const relative = relativeTo(directory);
	return (file) => {
		const inside = relative(file);
		return isInsideRelative(inside) ? inside : relativePath(path.parse(file).root, file);
	};
}

/**
 * Whether a file is one of the well-known tool files its language does not
 * lint (package.json for JSON). A language's globs are compiled when a file of
 * it first comes up: a hook naming CSV files never loads picomatch.
 */
function toolFileMatcher(cwd: string): (file: string) => boolean {
	const matchers = new Map<LanguageName, (file: string) => boolean>();
	const globPath = globPathFrom(cwd);
	return (file) => {
		const language = languageOfFile(file);
		if (!language || languageIgnores[language].length === 0) return false;
		let matches = matchers.get(language);
		if (!matches) {
			matches = globMatcher([...languageIgnores[language]]);
			matchers.set(language, matches);
		}
		return matches(globPath(file));
	};
}

function isInside(file: string, directory: string): boolean {
	return isInsideRelative(path.relative(directory, file));
}

/** Whether a relative path (path.relative's or relativeTo's) leads inside its directory. */
function isInsideRelative(relative: string): boolean {
	return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** .gitignore rules of a search root: those above it up to the repository root, and those below it. */
class GitIgnores {
	/** Each directory with a .gitignore: its rules and the paths relative to it. */
	readonly #rules = new Map<string, { rules: Ignore; relative: (file: string) => string }>();

	/** `below`: the .gitignore files under the root, when the caller's own search found them. */
	constructor(root: string, below: readonly string[] = walkFiles(root, (name) => name === GITIGNORE)) {
		for (let directory = root; ; directory = path.dirname(directory)) {
			this.#add(path.join(directory, ".gitignore"));
			if (existsSync(path.join(directory, ".git")) || path.dirname(directory) === directory) {
				break;
			}
		}
		for (const file of below) {
			this.#add(file);
		}
	}

	#add(file: string): void {
		if (this.#rules.has(path.dirname(file)) || !existsSync(file)) return;
		let text: string;
		try {
			text = readRegularFile(file);
		} catch (error) {
			throw error instanceof UnusableFileError ? new UsageError(`'${file}' cannot be read: ${error.message}`) : error;
		}
		this.#rules.set(path.dirname(file), { rules: gitignoreRules().add(text), relative: relativeTo(path.dirname(file)) });
	}

	ignores(file: string): boolean {
		for (const { rules, relative } of this.#rules.values()) {
			const inside = relative(file);
			if (isInsideRelative(inside) && rules.ignores(inside)) {
				return true;
			}
		}
		return false;
	}
}

/**
 * Finds the files to lint, as ESLint would from the command line: directories
 * are searched for the files of miglint's languages (and files `csv.types`
 * maps), honouring .gitignore, the configuration's `ignores` and the tool
 * files the settings language leaves out (package.json…); globs are expanded;
 * files named explicitly are linted when miglint knows them, whatever
 * .gitignore says. A path that does not exist, or a directory or glob without
 * a single file to lint, is a usage error.
 */
export function discoverFiles(patterns: readonly string[], cwd: string, config: MiglintConfig): string[] {
	const configuredIgnores = config.ignores.length ? globMatcher(config.ignores) : null;
	const mappedTypes = Object.keys(config.csvTypes).length ? globMatcher(Object.keys(config.csvTypes)) : null;
	const relativeToConfig = relativeTo(config.directory);
	const lintedExtensions = new Set(Object.values(languageExtensions).flat());
	const isToolFile = toolFileMatcher(cwd);
	const isLintable = (file: string) => lintedExtensions.has(path.extname(file).toLowerCase()) || (mappedTypes?.(relativeToConfig(file)) ?? false);
	// The configuration file is a tool file (SETTINGS_IGNORES names it): known by its path, it needs none of the tool
	// globs, which a project whose only JSON or YAML file is its configuration then never compiles.
	const isIgnored = (file: string) => file === config.file || (configuredIgnores?.(relativeToConfig(file)) ?? false) || isToolFile(file);

	// The files that may be symbolic links: those named on the command line, and the links the searches found.
	const links = new Set<string>();
	const mappedFiles = Object.keys(config.csvTypes).length ? globFiles(Object.keys(config.csvTypes), config.directory, links) : [];

	const found = new Set<string>();
	for (const pattern of patterns) {
		const absolute = path.resolve(cwd, pattern);
		const stats = statPattern(pattern, absolute);
		if (stats?.isFile()) {
			if (isLintable(absolute) && !isIgnored(absolute)) {
				found.add(absolute);
				links.add(absolute);
			}
			continue;
		}
		if (stats && !stats.isDirectory()) {
			throw new UsageError(`'${pattern}' is not a regular file or a directory`);
		}
		let searched: string[];
		let gitIgnores: GitIgnores;
		if (stats) {
			// One walk of the directory finds both its files and its .gitignore files.
			// The names the languages' `files` globs (`**/*.[cC][sS][vV]`…) match, `.csv` included.
			const walked = walkFiles(absolute, (name) => name === GITIGNORE || languageOfFile(name) !== undefined, links);
			const isGitignore = (file: string) => file.endsWith(path.sep + GITIGNORE);
			// The walk's paths are already absolute and normalised; fast-glob's have forward slashes on Windows.
			searched = [...walked.filter((file) => !isGitignore(file)), ...mappedFiles.filter((file) => isInside(file, absolute)).map((file) => path.resolve(file))];
			gitIgnores = new GitIgnores(absolute, walked.filter(isGitignore));
		} else {
			searched = globFiles(toPosix(pattern), cwd, links)
				.filter(isLintable)
				.map((file) => path.resolve(file));
			gitIgnores = new GitIgnores(cwd);
		}
		const kept = searched.filter((file) => !isIgnored(file) && !gitIgnores.ignores(file));
		if (kept.length === 0) {
			throw new UsageError(stats ? `No files to lint in '${pattern}' (${LINTED_KINDS})` : `No files matching '${pattern}' were found`);
		}
		for (const file of kept) {
			found.add(file);
		}
	}
	return onePathPerFile([...found], links, patterns.length === 1 && mappedFiles.length === 0);
}

function statPattern(pattern: string, absolute: string): BigIntStats | null {
	try {
		// BigInt stats, as statPath's: a pattern may name a FIFO. Errors are told apart below, so this stat throws.
		return statSync(absolute, { bigint: true });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === "ELOOP") {
			throw new UsageError(`'${pattern}' cannot be read: too many levels of symbolic links (a symlink loop?)`);
		}
		if ((code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") && fastGlob().isDynamicPattern(toPosix(pattern))) {
			const problem = globProblem(pattern);
			if (problem) {
				throw new UsageError(`'${pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern}': ${problem}`);
			}
			return null;
		}
		if (code === "ENOENT" || code === "ENOTDIR") {
			throw new UsageError(`No such file or directory: '${pattern}'`);
		}
		throw new UsageError(`'${pattern}' cannot be read: ${code === "EACCES" ? "permission denied" : (code ?? String(error))}`);
	}
}

function realPath(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return file;
	}
}

/**
 * Each file once, under its shortest path: a directory may hold a symbolic
 * link to a file it also holds, or a pattern may name a file its link
 * already gave. A file that is not a link (any but `links`) is where its
 * directory really is: one real path per directory, not one per file.
 */
function onePathPerFile(files: string[], links: ReadonlySet<string>, oneSearch: boolean): string[] {
	// One search that met no link found each file once, under the one path the search gave its directory.
	if (oneSearch && links.size === 0) return files.sort();
	const realDirectories = new Map<string, string>();
	const target = (file: string) => {
		if (links.has(file)) return realPath(file);
		const directory = path.dirname(file);
		let real = realDirectories.get(directory);
		if (real === undefined) {
			real = realPath(directory);
			realDirectories.set(directory, real);
		}
		// Most directories are where their path says: the file's path is then its real path.
		return real === directory ? file : path.join(real, path.basename(file));
	};
	const byTarget = new Map<string, string>();
	const shortestFirst = files.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
	for (const file of shortestFirst) {
		const real = target(file);
		if (!byTarget.has(real)) byTarget.set(real, file);
	}
	return [...byTarget.values()].sort();
}
