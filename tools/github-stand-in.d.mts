/** A proxy answering for github.com with the files given (by URL), passing every other host through; see github-stand-in.mjs. */
export function startGithubStandIn(directory: string, assets: Record<string, string>): Promise<{ env: Record<string, string>; stop: () => void }>;
