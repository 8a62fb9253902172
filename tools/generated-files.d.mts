/** The repository's root folder. */
export const ROOT: string;
/** Every generated file with the content `pnpm generate` would write to it. */
export function generatedFiles(): { file: string; content: string }[];
