import { diagnoseSmtpAddress, type SmtpAddressDiagnosis } from "./smtp-address.js";

/**
 * The checks behind miglint's value keywords, as plain functions: the
 * precompiled validators call them once per cell, so they allocate nothing
 * unless a value fails.
 */

const CHARACTER_CLASSES: readonly RegExp[] = [/[a-z]/u, /[A-Z]/u, /[0-9]/u, /[^A-Za-z0-9]/u];

/** `smtpAddress`: what is wrong with an address, or null. */
export function smtpAddressProblem(value: string): SmtpAddressDiagnosis | null {
	return diagnoseSmtpAddress(value);
}

/** `characterClasses`: how many of lowercase, uppercase, digits and symbols a value uses. */
export function characterClassCount(value: string): number {
	let found = 0;
	for (const pattern of CHARACTER_CLASSES) {
		if (pattern.test(value)) {
			found++;
		}
	}
	return found;
}

const disallowedPatterns = new Map<string, RegExp>();

/** `allowedCharacters`: the offset of the first character outside the class, or -1. */
export function firstDisallowedCharacter(characterClass: string, value: string): number {
	let disallowed = disallowedPatterns.get(characterClass);
	if (!disallowed) {
		disallowed = new RegExp(`[^${characterClass}]`, "u");
		disallowedPatterns.set(characterClass, disallowed);
	}
	return value.search(disallowed);
}

const lowercaseLists = new WeakMap<readonly string[], Set<string>>();

/** `enumIgnoreCase`: whether the value, trimmed, is one of the allowed values in any letter case. */
export function isListedIgnoringCase(allowed: readonly string[], value: string): boolean {
	let lowercase = lowercaseLists.get(allowed);
	if (!lowercase) {
		lowercase = new Set(allowed.map((candidate) => candidate.toLowerCase()));
		lowercaseLists.set(allowed, lowercase);
	}
	return lowercase.has(value.trim().toLowerCase());
}
