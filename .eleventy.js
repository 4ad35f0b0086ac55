// Wiring only: the setup lives in TypeScript (src/site/eleventy.ts) and is the
// same function the build script and the tests use. Used by `npm start`.
import { register } from "tsx/esm/api";

register();
const { devSetup } = await import("./src/build/dev.ts");
export default devSetup;
