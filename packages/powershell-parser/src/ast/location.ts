/** A position: 1-based line, 0-based column counted in UTF-16 code units (ESLint's convention). */
export interface Position {
	line: number;
	column: number;
}

/** Start and end (exclusive) positions of a node, token or trivia. */
export interface SourceLocation {
	start: Position;
	end: Position;
}

/** `[start, end)` offsets into the parsed text. */
export type Range = [number, number];
