import { describe, expect, it } from "vitest";
import { resolveCsvFile } from "../../src/utils/csv-data-file.js";

const FILES = Array.from({ length: 1000 }, (_, index) => `/repo/batches/wave-${index}.csv`);

/** The files, counting each read of one of them. */
function countedFiles(): { files: readonly string[]; reads: () => number } {
	let reads = 0;
	const files = new Proxy(FILES, {
		get(target, key, receiver) {
			if (typeof key === "string" && /^\d+$/u.test(key)) reads++;
			return Reflect.get(target, key, receiver) as unknown;
		},
	});
	return { files, reads: () => reads };
}

describe("resolveCsvFile", () => {
	it("finds files relative to the script, by file name and through csv.sources, without regard to case or slashes", () => {
		const index = { files: FILES, sources: { "D:\\Batches\\Wave-7.CSV": "/repo/batches/wave-7.csv", "lost.csv": "/elsewhere/lost.csv" } };
		expect(resolveCsvFile({ base: "script", path: "..\\batches\\WAVE-3.csv" }, "/repo/scripts/start.ps1", index)).toEqual({
			file: "/repo/batches/wave-3.csv",
			how: "relative to the script",
		});
		expect(resolveCsvFile({ base: "absolute", path: "C:\\Migration\\wave-12.csv" }, "/repo/scripts/start.ps1", index)).toEqual({
			file: "/repo/batches/wave-12.csv",
			how: "by file name",
		});
		expect(resolveCsvFile({ base: "absolute", path: "d:/batches/wave-7.csv" }, "/repo/scripts/start.ps1", index)).toEqual({
			file: "/repo/batches/wave-7.csv",
			how: "csv.sources",
		});
		expect(resolveCsvFile({ base: "relative", path: "lost.csv" }, "/repo/scripts/start.ps1", index)).toMatchObject({ file: null });
		expect(resolveCsvFile({ base: "unknown", path: "wave-2000.csv" }, "/repo/scripts/start.ps1", index)).toEqual({
			file: null,
			why: "there is no CSV file named wave-2000.csv in the project",
		});
	});

	it("goes through the project's files once for all the paths a project's scripts resolve", () => {
		const { files, reads } = countedFiles();
		const index = { files, sources: {} };
		for (let batch = 0; batch < 300; batch++) {
			resolveCsvFile({ base: "script", path: `..\\batches\\wave-${batch}.csv` }, "/repo/scripts/start.ps1", index);
			resolveCsvFile({ base: "unknown", path: `wave-${batch + 500}.csv` }, "/repo/scripts/start.ps1", index);
		}
		expect(reads()).toBe(FILES.length);
	});
});
