import type { Range, SourceLocation } from "../ast/location.js";
import type { LineIndex } from "../text/line-index.js";
import { TOKEN_TYPES, TRIVIA_TYPES, type RawToken, type Token, type TokenType, type Trivia, type TriviaType } from "./token.js";

const TOKEN_CODES = new Map<TokenType, number>(TOKEN_TYPES.map((type, code) => [type, code]));
const TRIVIA_CODES = new Map<TriviaType, number>(TRIVIA_TYPES.map((type, code) => [type, code]));
const INITIAL_CAPACITY = 1024;

/** What every token and trivia piece of one parse shares, instead of each holding its own copy. */
export interface SourceText {
	readonly text: string;
	readonly lines: LineIndex;
}

/** A trivia piece as offsets: what comments are made from. */
export interface TriviaExtent {
	type: TriviaType;
	start: number;
	end: number;
}

function grown<T extends Uint8Array | Uint32Array>(array: T, needed: number): T {
	if (needed <= array.length) return array;
	const larger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
	larger.set(array);
	return larger;
}

/**
 * The tokens the parser consumed, as numbers in typed arrays: a script keeps
 * a token for every few characters, and an object a token (with its array of
 * trivia objects) was most of the memory a parse kept. Token objects are made
 * only when a consumer asks for them (`toTokens`).
 */
export class TokenList {
	#count = 0;
	#types = new Uint8Array(INITIAL_CAPACITY);
	#starts = new Uint32Array(INITIAL_CAPACITY);
	#ends = new Uint32Array(INITIAL_CAPACITY);
	/** The index of each token's first trivia piece; its pieces run to the next token's first. */
	#firstTrivia = new Uint32Array(INITIAL_CAPACITY);
	#triviaCount = 0;
	#triviaTypes = new Uint8Array(INITIAL_CAPACITY);
	#triviaStarts = new Uint32Array(INITIAL_CAPACITY);
	#triviaEnds = new Uint32Array(INITIAL_CAPACITY);

	get length(): number {
		return this.#count;
	}

	push(token: RawToken): void {
		const index = this.#count++;
		if (index >= this.#types.length) {
			this.#types = grown(this.#types, index + 1);
			this.#starts = grown(this.#starts, index + 1);
			this.#ends = grown(this.#ends, index + 1);
			this.#firstTrivia = grown(this.#firstTrivia, index + 1);
		}
		this.#types[index] = TOKEN_CODES.get(token.type)!;
		this.#starts[index] = token.start;
		this.#ends[index] = token.end;
		this.#firstTrivia[index] = this.#triviaCount;
		if (token.trivia === null) return;
		for (const piece of token.trivia) {
			const at = this.#triviaCount++;
			if (at >= this.#triviaTypes.length) {
				this.#triviaTypes = grown(this.#triviaTypes, at + 1);
				this.#triviaStarts = grown(this.#triviaStarts, at + 1);
				this.#triviaEnds = grown(this.#triviaEnds, at + 1);
			}
			this.#triviaTypes[at] = TRIVIA_CODES.get(piece.type)!;
			this.#triviaStarts[at] = piece.start;
			this.#triviaEnds[at] = piece.end;
		}
	}

	/** Forgets the tokens after the first `count` (the parser backtracking). */
	truncate(count: number): void {
		if (count >= this.#count) return;
		this.#count = count;
		this.#triviaCount = this.#firstTrivia[count]!;
	}

	/** Every trivia piece of kind `types`, in order. */
	trivia(types: ReadonlySet<TriviaType>): TriviaExtent[] {
		const found: TriviaExtent[] = [];
		for (let index = 0; index < this.#triviaCount; index++) {
			const type = TRIVIA_TYPES[this.#triviaTypes[index]!]!;
			if (types.has(type)) found.push({ type, start: this.#triviaStarts[index]!, end: this.#triviaEnds[index]! });
		}
		return found;
	}

	toTokens(source: SourceText): Token[] {
		const tokens: Token[] = new Array<Token>(this.#count);
		for (let index = 0; index < this.#count; index++) {
			const first = this.#firstTrivia[index]!;
			const end = index + 1 < this.#count ? this.#firstTrivia[index + 1]! : this.#triviaCount;
			let leadingTrivia = NO_TRIVIA;
			if (end > first) {
				leadingTrivia = [];
				for (let piece = first; piece < end; piece++) {
					leadingTrivia.push(new LazyTrivia(TRIVIA_TYPES[this.#triviaTypes[piece]!]!, this.#triviaStarts[piece]!, this.#triviaEnds[piece]!, source));
				}
			}
			tokens[index] = new LazyToken(TOKEN_TYPES[this.#types[index]!]!, this.#starts[index]!, this.#ends[index]!, leadingTrivia, source);
		}
		return tokens;
	}
}

/** The leading trivia of the many tokens that have none: one array for all, never changed. */
const NO_TRIVIA: Trivia[] = Object.freeze([]) as unknown as Trivia[];

/** A span of the text that keeps its offsets only: its text, range and location are made when first read. */
abstract class LazySpan {
	#range: Range | null = null;

	constructor(
		private readonly start: number,
		private readonly end: number,
		private readonly source: SourceText,
	) {}

	get value(): string {
		return this.source.text.slice(this.start, this.end);
	}

	get range(): Range {
		return (this.#range ??= [this.start, this.end]);
	}

	get loc(): SourceLocation {
		return this.source.lines.location(this.start, this.end);
	}
}

class LazyToken extends LazySpan implements Token {
	constructor(
		readonly type: TokenType,
		start: number,
		end: number,
		readonly leadingTrivia: Trivia[],
		source: SourceText,
	) {
		super(start, end, source);
	}
}

class LazyTrivia extends LazySpan implements Trivia {
	constructor(
		readonly type: TriviaType,
		start: number,
		end: number,
		source: SourceText,
	) {
		super(start, end, source);
	}
}
