import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import typeSchema from "../src/csv-types/csv-type.schema.json" with { type: "json" };
import { csvTypes, getCsvType, getValueValidator, inferCsvType, resolveCsvType } from "../src/csv-types/registry.js";
import { createValueAjv } from "../src/csv-types/value-keywords.js";

describe("CSV type declarations", () => {
	it.each(csvTypes.map((type) => [type.name, type] as const))("%s follows the type schema and has compilable value schemas", (_name, type) => {
		const validate = new Ajv.default({ allErrors: true }).compile(typeSchema);
		expect(validate(type), JSON.stringify(validate.errors)).toBe(true);
		for (const column of type.columns) {
			if (column.value) {
				expect(() => createValueAjv().compile(column.value!)).not.toThrow();
			}
		}
	});
});

describe("the CSV type schema", () => {
	const validate = new Ajv.default({ allErrors: true }).compile(typeSchema);
	const withColumn = (column: object) => ({ name: "t", title: "t", sources: ["https://learn.microsoft.com/"], columns: [{ name: "C", ...column }] });

	it("wants a source for every limit and deprecation, and words for every pattern", () => {
		expect(validate(withColumn({ maxDistinct: 1 }))).toBe(false);
		expect(validate(withColumn({ deprecated: "Replaced." }))).toBe(false);
		expect(validate(withColumn({ value: { type: "string", pattern: "^x" } }))).toBe(false);
		expect(
			validate(
				withColumn({
					deprecated: "Replaced.",
					deprecatedSource: "https://learn.microsoft.com/",
					value: { type: "string", description: "an x", pattern: "^x" },
				}),
			),
		).toBe(true);
	});
});

describe("inferCsvType", () => {
	it("recognises a staged batch from its header, whatever the spelling", () => {
		expect(inferCsvType(["EmailAddress", "Password", "ForceChangePassword"])?.type.name).toBe("staged");
		expect(inferCsvType(["email address", " Password"])?.type.name).toBe("staged");
		expect(inferCsvType(["EmailAddress", "Password"])).toMatchObject({
			reason: "the header has the staged columns EmailAddress, Password (required: EmailAddress)",
			ambiguous: false,
		});
	});

	it("only assumes staged for a lone EmailAddress, and names the other types it fits", () => {
		const inference = inferCsvType(["EmailAddress"]);
		expect(inference?.type.name).toBe("staged");
		expect(inference?.ambiguous).toBe(true);
		expect(inference?.reason).toBe(
			"the header has the staged columns EmailAddress (required: EmailAddress); it fits a Google Workspace migration batch, a remote move onboarding batch, a remote move offboarding or cross-forest batch, a local move batch, a cross-tenant migration batch as well, so the staged type, listed first, is only assumed",
		);
	});

	it.each([
		["imap", ["EmailAddress", "UserName", "Password"]],
		["imap", ["EmailAddress", "UserName", "Password", "UserRoot"]],
		["google-workspace", ["EmailAddress", "Username"]],
		["remote-move-offboarding", ["EmailAddress", "TargetDatabase", "TargetArchiveDatabase", "LargeItemLimit"]],
		["public-folder-map", ["FolderPath", "TargetMailbox"]],
		["public-folder-groups", ["FolderPath", "TargetGroupMailbox"]],
		["public-folder-statistics", ["FolderName", "FolderSize", "DeletedItemSize"]],
		["public-folder-statistics", ["FolderName", "FolderSize"]],
	])("recognises a %s file from its documented header %j", (name, header) => {
		expect(inferCsvType(header)).toMatchObject({ type: { name }, ambiguous: false });
	});

	it("explains an unambiguous choice by the columns that matched", () => {
		expect(inferCsvType(["EmailAddress", "UserName", "Password"])?.reason).toBe(
			"the header has the imap columns EmailAddress, UserName, Password (required: EmailAddress, UserName, Password)",
		);
	});

	it.each([
		["remote-move-onboarding", ["EmailAddress", "BadItemLimit", "LargeItemLimit", "MailboxType"], ["remote move offboarding or cross-forest batch"]],
		["remote-move-offboarding", ["EmailAddress", "TargetDatabase"], ["local move batch"]],
		// Every local move column is an offboarding column too: only csv.types can say a file is a local move.
		["remote-move-offboarding", ["EmailAddress", "TargetDatabase", "TargetArchiveDatabase", "BadItemLimit", "MailboxType"], ["local move batch"]],
		["remote-move-onboarding", ["EmailAddress", "MailboxType"], ["remote move offboarding or cross-forest batch", "local move batch"]],
	])("chooses %s for %j, but only assumes it", (name, header, others) => {
		const inference = inferCsvType(header);
		expect(inference).toMatchObject({ type: { name }, ambiguous: true });
		for (const title of others) {
			expect(inference?.reason).toContain(title);
		}
	});

	it("does not take a column of another type as an unknown column of a staged batch", () => {
		expect(inferCsvType(["EmailAddress", "UserName", "Password"])?.type.name).toBe("imap");
		expect(inferCsvType(["EmailAddress", "Password", "TargetDatabase"])).toBeNull();
		expect(inferCsvType(["EmailAddress", "Mail"])?.type.name).toBe("staged");
	});

	it("never recognises a headerless list from its first line, though a script or csv.types can name it", () => {
		expect(inferCsvType(["sip:user1@contoso.com", "sip:user2@contoso.com"])).toBeNull();
		expect(inferCsvType(["SipAddress"])).toBeNull();
		expect(resolveCsvType(undefined, { type: "skype-user-list", script: "scripts/move.ps1:3:1" }, () => null)).toMatchObject({
			declaration: { name: "skype-user-list", headerless: true },
			origin: "script",
			reason: "scripts/move.ps1:3:1 passes it to Move-CsUser -UserList",
		});
	});

	it("recognises nothing when a required column is missing", () => {
		expect(inferCsvType(["Mail", "Password"])).toBeNull();
		expect(inferCsvType([])).toBeNull();
	});
});

describe("staged value constraints", () => {
	const staged = getCsvType("staged")!;
	const validator = (name: string) => getValueValidator(staged.columns.find((column) => column.name === name)!)!;

	it("checks ForceChangePassword case-insensitively", () => {
		expect(validator("ForceChangePassword")("tRUE")).toEqual([]);
		expect(validator("ForceChangePassword")("Yes")).toEqual([{ keyword: "enumIgnoreCase", params: { allowedValues: ["True", "False"] } }]);
	});

	it("lists every password policy problem without the password", () => {
		const violations = validator("Password")("pässw");
		expect(violations.map((violation) => violation.keyword).sort()).toEqual(["allowedCharacters", "characterClasses", "minLength"]);
		expect(JSON.stringify(violations)).not.toContain("pässw");
	});
});

describe("value constraints of the other types", () => {
	const validator = (type: string, name: string) => getValueValidator(getCsvType(type)!.columns.find((column) => column.name === name)!)!;

	it.each(["remote-move-onboarding", "remote-move-offboarding"])("accepts Unlimited or 0..2147483647 as item limits of a %s batch", (type) => {
		for (const name of ["BadItemLimit", "LargeItemLimit"]) {
			for (const value of ["0", "50", "unlimited", "Unlimited", "2147483647", "1999999999", "007"]) {
				expect(validator(type, name)(value), `${name} ${value}`).toEqual([]);
			}
			for (const value of ["2147483648", "9999999999", "-1", "1.5", "Unlimted", "none"]) {
				expect(validator(type, name)(value), `${name} ${value}`).toMatchObject([{ keyword: "pattern" }]);
			}
		}
	});

	it("checks MailboxType against the documented values, in any case", () => {
		expect(validator("local-move", "MailboxType")("primaryonly")).toEqual([]);
		expect(validator("remote-move-onboarding", "MailboxType")("Primary")).toEqual([
			{ keyword: "enumIgnoreCase", params: { allowedValues: ["PrimaryOnly", "ArchiveOnly", "PrimaryAndArchive"] } },
		]);
	});

	it.each([
		["imap", "EmailAddress"],
		["google-workspace", "Username"],
		["cross-tenant", "EmailAddress"],
		["public-folder-groups", "TargetGroupMailbox"],
	])("wants SMTP addresses in %s %s", (type, name) => {
		expect(validator(type, name)("terry.adams@contoso.com")).toEqual([]);
		expect(validator(type, name)("terry.adams")).toMatchObject([{ keyword: "smtpAddress" }]);
	});

	it("wants public folder paths to start at the root, and sizes in bytes", () => {
		expect(validator("public-folder-map", "FolderPath")("\\")).toEqual([]);
		expect(validator("public-folder-map", "FolderPath")("\\Sales\\2024")).toEqual([]);
		expect(validator("public-folder-groups", "FolderPath")("Sales")).toMatchObject([{ keyword: "pattern" }]);
		expect(validator("public-folder-statistics", "FolderSize")("1048576")).toEqual([]);
		expect(validator("public-folder-statistics", "DeletedItemSize")("1 MB")).toMatchObject([{ keyword: "pattern" }]);
	});

	it("declares the documented limits", () => {
		expect(getCsvType("imap")).toMatchObject({ maxRows: 50_000, maxBytes: 10 * 1024 * 1024 });
		expect(getCsvType("public-folder-groups")?.maxRows).toBe(500);
		expect(getCsvType("public-folder-map")?.columns.find((column) => column.name === "TargetMailbox")?.maxDistinct).toBe(100);
		expect(
			getCsvType("imap")
				?.columns.filter((column) => column.required)
				.map((column) => column.name),
		).toEqual(["EmailAddress", "UserName", "Password"]);
	});

	it("deprecates item limits only where mailboxes move to Exchange Online", () => {
		const deprecated = csvTypes.flatMap((type) => type.columns.filter((column) => column.deprecated).map((column) => `${type.name} ${column.name}`));
		expect(deprecated).toEqual(["remote-move-onboarding BadItemLimit", "remote-move-onboarding LargeItemLimit"]);
	});
});
