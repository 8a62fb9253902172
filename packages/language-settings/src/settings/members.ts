import type { AliasNode, MemberNode, ObjectNode, ValueNode } from "../ast.js";

/** A value with YAML aliases followed to what they stand for. */
export type ResolvedValue = Exclude<ValueNode, AliasNode>;

export function resolveValue(node: ValueNode): ResolvedValue {
	let value = node;
	while (value.type === "Alias") value = value.target!;
	return value;
}

/**
 * The member named `name` in any letter case, as PowerShell reads keys; the
 * last one when the key is repeated, as JSON readers keep the last value.
 */
export function getMember(object: ObjectNode, name: string): MemberNode | undefined {
	const lower = name.toLowerCase();
	return object.members.findLast((member) => member.name.value.toLowerCase() === lower);
}

/** The first of `names` the object has (in any letter case). */
export function getMemberOf(object: ObjectNode, names: readonly string[]): MemberNode | undefined {
	for (const name of names) {
		const member = getMember(object, name);
		if (member) return member;
	}
	return undefined;
}

/** The value of the member named `name`, through aliases. */
export function getValue(object: ObjectNode, name: string): ResolvedValue | undefined {
	const member = getMember(object, name);
	return member && resolveValue(member.value);
}

export function stringValue(node: ValueNode | undefined): string | undefined {
	const value = node && resolveValue(node);
	return value?.type === "String" ? value.value : undefined;
}

export function booleanValue(node: ValueNode | undefined): boolean | undefined {
	const value = node && resolveValue(node);
	return value?.type === "Boolean" ? value.value : undefined;
}

export function numberValue(node: ValueNode | undefined): number | undefined {
	const value = node && resolveValue(node);
	return value?.type === "Number" ? value.value : undefined;
}

/** The object a value is, through aliases. */
export function objectValue(node: ValueNode | undefined): ObjectNode | undefined {
	const value = node && resolveValue(node);
	return value?.type === "Object" ? value : undefined;
}
