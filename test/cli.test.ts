import { describe, expect, it } from "vitest";
import { miglint, runMiglint, runOnTerminal } from "./helpers/run-miglint.js";

const BROKEN = "fixtures/contoso/batches/broken/csv-header.csv";

describe("miglint command line", () => {
	it("--version prints the package version", async () => {
		const { version } = (await import("../packages/cli/package.json", { with: { type: "json" } })).default;
		expect(await miglint(["--version"])).toEqual({ status: 0, stdout: `v${version}\n`, stderr: "" });
	});

	it("--no-color turns colours off, --color on", async () => {
		expect((await miglint([BROKEN, "--no-color"])).stdout).not.toContain("\u001b[");
		expect((await miglint([BROKEN, "--color", "--no-color"])).stdout).not.toContain("\u001b[");
	});

	it("--help lists the options, examples and exit codes", async () => {
		const run = await miglint(["--help"]);
		expect(run.status).toBe(0);
		for (const text of ["--format", "--max-warnings", "--quiet", "--fix", "--fix-dry-run", "--config", "--print-config", "Examples:", "Exit codes"]) {
			expect(run.stdout).toContain(text);
		}
	});

	it("an unknown option or format is a usage error, exit 2", async () => {
		const unknown = await miglint(["--fixx", "."]);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toMatch(/^miglint: Unknown argument: fixx \(see miglint --help\)\n$/u);
		const format = await miglint(["--format", "html", "."]);
		expect(format.status).toBe(2);
		expect(format.stderr).toBe(
			'miglint: Invalid value for --format: "html"; choose "stylish" or "json" or "sarif" or "junit" or "github" or "checkstyle" (see miglint --help)\n',
		);
		expect((await miglint(["--max-warnings", "-5", "."])).status).toBe(2);
		expect((await miglint(["--max-warnings", "many", "."])).stderr).toBe(
			"miglint: --max-warnings takes a whole number of warnings: 0 or more, or -1 for no limit (see miglint --help)\n",
		);
		expect(await miglint(["--config"])).toEqual({ status: 2, stdout: "", stderr: "miglint: --config needs a value (see miglint --help)\n" });
	});

	it("colours only when asked, or on a terminal without NO_COLOR", async () => {
		expect((await miglint([BROKEN])).stdout).not.toContain("\u001b[");
		expect((await miglint([BROKEN, "--color"])).stdout).toContain("\u001b[");
		expect((await miglint([BROKEN, "--color"], { env: { NO_COLOR: "1" } })).stdout).toContain("\u001b[");
		expect(runOnTerminal([BROKEN])).toContain("\u001b[");
		expect(runOnTerminal([BROKEN], { env: { NO_COLOR: "1" } })).not.toContain("\u001b[");
	});
});

/** What only a process shows: the exit status the binary hands the shell. The rest of the suite runs `main()` in-process. */
describe("the miglint binary", () => {
	it("exits 0 when clean, 1 on problems, 2 on a usage error", () => {
		expect(runMiglint(["--version"])).toMatchObject({ status: 0, stderr: "" });
		expect(runMiglint([BROKEN, "--format", "json"])).toMatchObject({ status: 1, stderr: "" });
		expect(runMiglint(["--fixx", "."])).toEqual({ status: 2, stdout: "", stderr: "miglint: Unknown argument: fixx (see miglint --help)\n" });
	});
});
