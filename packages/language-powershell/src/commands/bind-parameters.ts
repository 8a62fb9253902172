import { keptList, type Command, type CommandElement, type Expression, type Node, type Statement, type Variable } from "@miglint/powershell-parser";
import { findParameter, type CatalogCmdlet, type CatalogParameter } from "./catalog.js";
import type { BoundParameter, Splat, UnboundArgument, UnresolvedParameter } from "./command-model.js";
import { constantOf, expressionOf } from "./constants.js";
import type { ScopeAnalysis } from "./scopes.js";

export interface Binding {
	parameters: readonly BoundParameter[];
	unresolvedParameters: readonly UnresolvedParameter[];
	unboundArguments: readonly UnboundArgument[];
	splats: readonly Splat[];
	parameterSets: readonly string[];
}

/** A parameter name with its value, however it was written. */
interface NamedArgument {
	writtenName: string;
	source: "named" | "splatted";
	node: Node;
	/** The value, or null when none was written. */
	value: Expression | Statement | null;
	/** The value was written as part of the parameter (`-Name:value`, a hashtable entry): even a switch takes it. */
	attached: boolean;
}

function isValueElement(element: CommandElement | undefined): element is Expression {
	return element !== undefined && element.type !== "CommandParameter" && !(element.type === "Variable" && element.splatted);
}

function valueOf(statement: Statement | Expression | null): Expression | Statement | null {
	return statement && (expressionOf(statement) ?? statement);
}

/**
 * Binds a command's arguments to parameters as PowerShell's parameter binder
 * does, as far as the script text tells: names and unambiguous prefixes, then
 * splatted hashtables, then positional arguments by position within the
 * parameter sets the named parameters leave possible.
 */
export function bindParameters(command: Command, cmdlet: CatalogCmdlet | undefined, scopes: ScopeAnalysis): Binding {
	const binder = new Binder(cmdlet, scopes);
	const elements = command.elements;
	for (let index = 0; index < elements.length; index++) {
		const element = elements[index]!;
		// `--` ends the parameters (PowerShell reads every later element as an argument): it binds nothing.
		if (element.type === "CommandParameter" && element.name === "-" && element.argument === null) continue;
		if (element.type === "CommandParameter") {
			const next = elements[index + 1];
			const attached = element.argument !== null;
			const takesNext = !attached && isValueElement(next) && binder.takesValue(element.name);
			if (takesNext) index++;
			binder.bindNamed({
				writtenName: element.name,
				source: "named",
				node: element,
				value: attached ? element.argument : takesNext ? next : null,
				attached,
			});
		} else if (element.type === "Variable" && element.splatted) {
			binder.bindSplat(element);
		} else {
			binder.positional.push(element);
		}
	}
	return binder.finish();
}

function isString(argument: Expression): boolean {
	const expression = expressionOf(argument);
	return expression?.type === "StringConstant" || expression?.type === "ExpandableString";
}

/** The types PowerShell binds a string to without converting it. */
const STRING_TAKING_TYPES = new Set(["String", "String[]", "Object", "Object[]", "PSObject"]);

function takesStringAsIs(parameter: CatalogParameter): boolean {
	return parameter.type !== null && STRING_TAKING_TYPES.has(parameter.type);
}

class Binder {
	readonly positional: Expression[] = [];
	readonly #parameters: BoundParameter[] = [];
	readonly #unresolved: UnresolvedParameter[] = [];
	readonly #splats: Splat[] = [];
	readonly #bound = new Set<CatalogParameter>();
	readonly #cmdlet: CatalogCmdlet | undefined;
	readonly #scopes: ScopeAnalysis;

	constructor(cmdlet: CatalogCmdlet | undefined, scopes: ScopeAnalysis) {
		this.#cmdlet = cmdlet;
		this.#scopes = scopes;
	}

	/** Whether `-name` followed by an argument takes that argument: not for a switch (nor a prefix of switches only). */
	takesValue(writtenName: string): boolean {
		if (!this.#cmdlet) return true;
		const lookup = findParameter(this.#cmdlet, writtenName);
		switch (lookup.kind) {
			case "found":
				return !lookup.parameter.switch;
			case "ambiguous":
				return lookup.candidates.some((candidate) => !candidate.switch);
			default:
				return true;
		}
	}

	bindNamed(argument: NamedArgument): void {
		if (!this.#cmdlet) {
			this.#add(argument.writtenName, argument, argument.value === null);
			return;
		}
		const lookup = findParameter(this.#cmdlet, argument.writtenName);
		if (lookup.kind === "found") {
			this.#bound.add(lookup.parameter);
			this.#add(lookup.parameter.name, argument, lookup.parameter.switch);
			return;
		}
		this.#unresolved.push({
			kind: lookup.kind,
			writtenName: argument.writtenName,
			node: argument.node,
			value: argument.value,
			candidates: lookup.kind === "ambiguous" ? lookup.candidates.map((candidate) => candidate.name) : keptList([]),
		});
	}

	bindSplat(variable: Variable): void {
		const known = this.#scopes.hashtableAt(variable);
		this.#splats.push({ variable, hashtable: known?.hashtable ?? null });
		for (const entry of known?.hashtable.entries ?? []) {
			const key = expressionOf(entry.key);
			if (key?.type === "StringConstant") {
				this.bindNamed({ writtenName: key.value, source: "splatted", node: entry, value: valueOf(entry.value), attached: true });
			}
		}
		for (const addition of known?.additions ?? []) {
			this.bindNamed({ writtenName: addition.key, source: "splatted", node: addition.node, value: valueOf(addition.value), attached: true });
		}
	}

	finish(): Binding {
		const unboundArguments = this.#bindPositional(this.#possibleSets());
		return {
			// Kept for as long as the command: exact copies (see keptList).
			parameters: keptList(this.#parameters),
			unresolvedParameters: keptList(this.#unresolved),
			unboundArguments: keptList(unboundArguments),
			splats: keptList(this.#splats),
			parameterSets: this.#possibleSets(),
		};
	}

	/** The sets that have every parameter bound so far (the cmdlet's own list when that is all of them). */
	#possibleSets(): readonly string[] {
		if (!this.#cmdlet) return keptList([]);
		const { sets } = this.#cmdlet;
		const possible = sets.filter((set) => this.#everyBoundIn(set));
		return possible.length === sets.length ? sets : keptList(possible);
	}

	#everyBoundIn(set: string): boolean {
		for (const parameter of this.#bound) {
			if (!parameter.sets.includes(set)) return false;
		}
		return true;
	}

	#add(name: string, argument: NamedArgument, isSwitch: boolean): void {
		const value = argument.attached || !isSwitch ? argument.value : null;
		this.#parameters.push({
			name,
			writtenName: argument.writtenName,
			source: argument.source,
			node: argument.node,
			value,
			constant: value === null ? (isSwitch ? { value: true } : null) : constantOf(value, this.#scopes.constantAt),
			switch: isSwitch,
		});
	}

	/**
	 * Each positional argument goes to the unbound parameter with the lowest
	 * position in the sets still possible; several parameters at that position
	 * (in different sets) are told apart by type at run time: a string goes to
	 * the one parameter that takes a string as it is (`Import-Module 'x'` binds
	 * -Name, not -FullyQualifiedName or -Assembly); otherwise the argument stays
	 * unbound with them as candidates.
	 */
	#bindPositional(parameterSets: readonly string[]): UnboundArgument[] {
		const unbound: UnboundArgument[] = [];
		let sets = parameterSets.length > 0 ? parameterSets : (this.#cmdlet?.sets ?? []);
		const passed = new Set<CatalogParameter>();
		for (const argument of this.positional) {
			const candidates = this.#positionalCandidates(sets, passed);
			const [only, ...others] = candidates.length > 1 && isString(argument) ? candidates.filter(takesStringAsIs) : candidates;
			if (only && others.length === 0) {
				this.#bound.add(only);
				this.#parameters.push({
					name: only.name,
					writtenName: null,
					source: "positional",
					node: argument,
					value: argument,
					constant: constantOf(argument, this.#scopes.constantAt),
					switch: only.switch,
				});
				sets = sets.filter((set) => only.sets.includes(set));
			} else if (candidates.length > 0 || !this.#takesRemaining(sets)) {
				unbound.push({ node: argument, candidates: keptList(candidates.map((candidate) => candidate.name)) });
			}
			for (const candidate of candidates) passed.add(candidate);
		}
		return unbound;
	}

	/** Whether a bound parameter takes the arguments no position is left for, in every set still possible (`Join-Path a b c d`: -AdditionalChildPath). */
	#takesRemaining(sets: readonly string[]): boolean {
		return sets.length > 0 && [...this.#bound].some((parameter) => sets.every((set) => parameter.remainingIn.includes(set)));
	}

	/** The unbound parameters with the lowest position in `sets`. */
	#positionalCandidates(sets: readonly string[], passed: ReadonlySet<CatalogParameter>): CatalogParameter[] {
		let lowest = Infinity;
		let found: CatalogParameter[] = [];
		for (const parameter of this.#cmdlet?.parameters ?? []) {
			if (this.#bound.has(parameter) || passed.has(parameter)) continue;
			for (const set of sets) {
				const position = parameter.positions[set];
				if (position === undefined || position > lowest) continue;
				if (position < lowest) {
					lowest = position;
					found = [];
				}
				if (!found.includes(parameter)) found.push(parameter);
			}
		}
		return found;
	}
}
