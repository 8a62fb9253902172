// The CLI's modules import path helpers from here; they live in core, where the project facts use them too.
export { directoryPrefix, relativePath, toPosix } from "@miglint/core";
