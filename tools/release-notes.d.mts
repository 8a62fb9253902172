/** The body of the `## [version]` section of a changelog; throws when there is none. */
export function releaseNotes(changelog: string, version: string): string;
