/** The PowerShell rules, by id (without the `miglint/` prefix). */
export const rules = {};
