import { afterAll, beforeAll, it } from "vitest";
import { compareViews, type Disagreement } from "../../oracle/src/compare.js";
import { miglintView } from "../../oracle/src/miglint-view.js";
import { findPowerShell, noPowerShellReason, PowerShellOracle } from "../../oracle/src/powershell-oracle.js";
import { parse } from "../../src/index.js";

declare module "vitest" {
	interface TaskMeta {
		/** Why the test is skipped where it is skipped; .ci/run prints it. */
		skipReason?: string;
	}
}

const pwsh = findPowerShell();

/** `it` for tests that run pwsh: skipped, with the reason in the test's meta, where PowerShell is not installed. */
export const itWithPowerShell = it.skipIf(pwsh === null);

/** The options to pass to `itWithPowerShell`: the skip reason .ci/run prints. */
export const powerShellTest = { meta: { skipReason: noPowerShellReason } };

/** One pwsh process for the file's tests, started before them and ended after them; null where pwsh is absent. */
export function useOracle(): () => PowerShellOracle {
	let oracle: PowerShellOracle | null = null;
	beforeAll(() => {
		if (pwsh !== null) oracle = new PowerShellOracle(pwsh);
	});
	afterAll(async () => {
		await oracle?.close();
	});
	return () => {
		if (oracle === null) throw new Error(noPowerShellReason);
		return oracle;
	};
}

/** How miglint's parser and PowerShell's read `text` differently. */
export async function disagreementsOn(oracle: PowerShellOracle, text: string): Promise<Disagreement[]> {
	return compareViews(text, miglintView(text, parse(text)), await oracle.view(text));
}
