import { afterEach, describe, expect, it, vi } from "vitest";
import { findCmdlet, findParameter } from "../src/commands/catalog.js";
import { ScopeAnalysis } from "../src/commands/scopes.js";
import { sourceCodeOf } from "./source-code.js";

afterEach(() => {
	vi.restoreAllMocks();
});

/**
 * A script can run hundreds of thousands of commands (10 MB on one line runs
 * 600,000): what each command keeps, and the work done for each, is counted here.
 */
describe("the memory and work of the command model", () => {
	it("shares the empty lists and the cmdlet's parameter sets among commands", () => {
		const [first, second] = sourceCodeOf("Import-Csv; Import-Csv -Path b.csv\n").commands;
		expect(first!.splats).toBe(second!.splats);
		expect(first!.unresolvedParameters).toBe(second!.splats);
		expect(Object.isFrozen(first!.splats)).toBe(true);
		// Nothing bound leaves every set possible: the cmdlet's own list, not a copy a command.
		expect(first!.parameterSets).toBe(findCmdlet("Import-Csv")!.sets);
		expect(second!.parameterSets).toEqual(["DelimiterPath", "CulturePath"]);
		expect(second!.parameters.map((parameter) => [parameter.name, parameter.constant])).toEqual([["Path", { value: "b.csv" }]]);
	});

	it("finds a command's scope, output and pipeline neighbours only when a rule asks", () => {
		const scopeOf = vi.spyOn(ScopeAnalysis.prototype, "scopeOf");
		const sourceCode = sourceCodeOf("Get-Mailbox a | Set-Mailbox -Confirm:$false\nWrite-Host done\n");
		const [getMailbox, setMailbox, writeHost] = sourceCode.commands;
		expect(scopeOf).not.toHaveBeenCalled();
		expect(getMailbox!.scope).toBe(sourceCode.ast);
		expect(scopeOf).toHaveBeenCalledTimes(1);
		expect([getMailbox!.pipedFrom, setMailbox!.pipedFrom]).toEqual([null, getMailbox!.node]);
		expect([getMailbox!.output, setMailbox!.output, writeHost!.output]).toEqual([
			{ kind: "pipeline", to: setMailbox!.node },
			{ kind: "output" },
			{ kind: "output" },
		]);
	});

	it("binds a command's parameters when a rule first reads them", () => {
		const assignmentAt = vi.spyOn(ScopeAnalysis.prototype, "assignmentAt");
		const sourceCode = sourceCodeOf("$path = 'a.csv'\nImport-Csv -Path $path\nWrite-Host $path\n");
		const [importCsv] = sourceCode.commands;
		expect(assignmentAt).not.toHaveBeenCalled();
		expect(importCsv!.parameter("Path")?.constant).toEqual({ value: "a.csv" });
		expect(importCsv!.cmdlet?.name).toBe("Import-Csv");
		// Once, for the one command read.
		expect(assignmentAt).toHaveBeenCalledTimes(1);
	});

	it("looks an exact parameter name up without making anything", () => {
		const importCsv = findCmdlet("Import-Csv")!;
		expect(findParameter(importCsv, "Path")).toBe(findParameter(importCsv, "path"));
		expect(findParameter(importCsv, "NoSuchParameter")).toBe(findParameter(importCsv, "Nope"));
		// A prefix finds the same parameter.
		expect(findParameter(importCsv, "Deli")).toEqual(findParameter(importCsv, "Delimiter"));
	});
});
