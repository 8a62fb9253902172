import { fileTooLargeMessage, MAX_FILE_BYTES } from "../limits.js";
import type { DecodedSource, DecodeOptions } from "./decode-bytes.js";
import { decodeFile, type LintedFile } from "./decode-file.js";

/** What a language expects a file to be, for the messages about files that are not. */
export interface FileKind {
	/** "a CSV file" */
	name: string;
	/** What a ZIP archive under this name most likely is. */
	zip?: string;
	/** What a legacy Office document under this name most likely is. */
	ole?: string;
	/** How to get the right file instead of an archive or a document. */
	advice?: string;
}

/** A file a language cannot parse, in the shape of ESLint's failed parse result. */
export interface FileProblem {
	ok: false;
	errors: { message: string; line: number; column: number }[];
	/** The file is not text at all (an archive, a document, NUL bytes). */
	binary?: true;
}

export function fileProblem(message: string, line = 1, column = 1): FileProblem {
	return { ok: false, errors: [{ message, line, column }] };
}

function binaryMessage(binary: NonNullable<DecodedSource["binary"]>, kind: FileKind): string {
	const advice = kind.advice ? ` ${kind.advice}` : "";
	switch (binary.signature) {
		case "zip":
			return `This is a ZIP archive${kind.zip ? `, ${kind.zip}` : ""}, not ${kind.name}.${advice}`;
		case "ole":
			return `This is a legacy Office document${kind.ole ? `, ${kind.ole}` : ""}, not ${kind.name}.${advice}`;
		default:
			return `This file contains NUL bytes (the first at byte ${binary.byteOffset}) and is not UTF-16 or UTF-32 text: it looks binary, not like ${kind.name}.`;
	}
}

/** Decodes a linted file from its bytes, or says why it is not text a language can parse (binary, too large). */
export function readSourceFile(file: LintedFile, kind: FileKind, options: DecodeOptions = {}): { ok: true; decoded: DecodedSource } | FileProblem {
	const decoded = decodeFile(file, options);
	if (decoded.binary) {
		return { ...fileProblem(binaryMessage(decoded.binary, kind)), binary: true };
	}
	const size = decoded.facts.byteLength ?? decoded.text.length;
	if (size > MAX_FILE_BYTES) {
		return fileProblem(fileTooLargeMessage(size));
	}
	return { ok: true, decoded };
}
