export { main } from "./main.js";
export { buildEslintConfig } from "./eslint-config.js";
