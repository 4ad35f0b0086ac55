// The `hyphen` package has no "exports" map, so under NodeNext an ES module must name the
// file ("hyphen/de/index.js"); its types (@types/hyphen) are declared for the folder.
declare module "hyphen/de/index.js" {
  const german: typeof import("hyphen/de", { with: { "resolution-mode": "require" } });
  export default german;
}
