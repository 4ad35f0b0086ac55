/** The static server for browser tests: the one the PDF rendering serves the built site with (src/print/static-server.ts). */
export { serveStatic, type StaticServer } from "../print/static-server.js";
