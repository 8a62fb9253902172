import { describe, expect, it } from "vitest";
import { closest } from "../src/index.js";

const settings = ["DisplayName", "ForwardingSmtpAddress", "RecipientTypeDetails", "UserPrincipalName"];

describe("closest", () => {
	it("suggests the candidate a typo was meant to be, whatever the case", () => {
		expect(closest("displayname", settings)).toBe("DisplayName");
		expect(closest("ForwardingSmtpAdress", settings)).toBe("ForwardingSmtpAddress");
		expect(closest("UserPrincipleName", settings)).toBe("UserPrincipalName");
	});

	it("suggests nothing for a name unlike every candidate, however long", () => {
		expect(closest("Colour", settings)).toBeUndefined();
		expect(closest(`DisplayName${"x".repeat(8)}`, settings)).toBeUndefined();
	});

	// The timeout only guards against a hang: comparing a key of several megabytes with every candidate in full took minutes.
	it("a key of twenty megabytes is not compared with names it cannot be a typo of", { timeout: 10_000 }, () => {
		expect(closest("DisplayName".repeat(2_000_000), settings)).toBeUndefined();
	});
});
