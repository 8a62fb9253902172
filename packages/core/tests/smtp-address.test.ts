import { describe, expect, it } from "vitest";
import { diagnoseSmtpAddress } from "../src/csv-types/smtp-address.js";

describe("diagnoseSmtpAddress", () => {
	it.each(["terry@contoso.com", "terry.adams+mig@mail.contoso.co.uk", "o'brien@contoso.com", "a@b.io", "x@xn--bcher-kva.example"])("accepts %s", (address) => {
		expect(diagnoseSmtpAddress(address)).toBeNull();
	});

	it.each([
		["terry", { problem: "missing-at-sign" }],
		["a@b@contoso.com", { problem: "extra-at-sign", offset: 3 }],
		["te rry@contoso.com", { problem: "whitespace", offset: 2 }],
		["@contoso.com", { problem: "empty-local-part" }],
		[`${"x".repeat(65)}@contoso.com`, { problem: "local-part-too-long" }],
		["ter(ry@contoso.com", { problem: "invalid-local-character", offset: 3 }],
		["terry.@contoso.com", { problem: "misplaced-dot", offset: 5 }],
		["terry@", { problem: "empty-domain", offset: 6 }],
		[`t@${"a".repeat(250)}.com`, { problem: "domain-too-long", offset: 2 }],
		["terry@contoso", { problem: "invalid-domain", offset: 6 }],
		["terry@contoso..com", { problem: "invalid-domain", offset: 6 }],
		["terry@contoso-.com", { problem: "invalid-domain", offset: 6 }],
	])("diagnoses %s", (address, diagnosis) => {
		expect(diagnoseSmtpAddress(address)).toEqual(diagnosis);
	});
});
