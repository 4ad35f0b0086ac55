// The site's card and offer page templates, precompiled for the submission form by src/site/submission.ts.
declare module "virtual:preview-templates" {
  const templates: Record<string, { root: unknown }>;
  export default templates;
}
