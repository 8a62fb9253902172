/** The name of a repository's configuration file, written at its root. */
export const CONFIG_FILE: string;
/** The configuration a generated repository has. */
export const CONFIG: string;
/** The path of the `index`th batch of a generated repository, relative to its root. */
export function batchName(index: number): string;
/** A batch of about `megabytes` MB at `file` under `root` (archive/everyone.csv unless given); its absolute path. */
export function writeLargeBatch(root: string, megabytes: number, file?: string): string;
/** Writes a repository of `files` files; returns the number of files of each kind. */
export function generateProject(
	root: string,
	options?: { files?: number; seed?: number; shared?: boolean; largeBatchMb?: number },
): { batches: number; scripts: number; settings: number; unrelated: number };
