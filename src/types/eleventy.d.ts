// Eleventy 3 ships no TypeScript declarations; these cover the API this project uses.
declare module "@11ty/eleventy" {
  export interface PageResult {
    readonly url: string | false;
    readonly inputPath: string;
    readonly outputPath: string | false;
    readonly content: string;
  }

  export interface AfterBuildEvent {
    readonly dir: { readonly input: string; readonly output: string };
    /** The directories in effect; `dir` keeps the defaults when they are set with setOutputDirectory(). */
    readonly directories: { readonly input: string; readonly output: string };
    readonly results: readonly PageResult[];
    readonly runMode: "build" | "watch" | "serve";
  }

  export interface UserConfig {
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addShortcode(name: string, shortcode: (...args: never[]) => string): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    addPlugin(plugin: unknown, options?: Record<string, unknown>): void | Promise<void>;
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    setInputDirectory(dir: string): void;
    setIncludesDirectory(dir: string): void;
    setLayoutsDirectory(dir: string): void;
    setOutputDirectory(dir: string): void;
    setQuietMode(quiet: boolean): void;
    setTemplateFormats(formats: string[]): void;
    setServerOptions(options: Record<string, unknown>): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    on(event: "eleventy.after", handler: (event: AfterBuildEvent) => void | Promise<void>): void;
    on(event: "eleventy.before", handler: () => void | Promise<void>): void;
    pathPrefix?: string;
  }

  export interface EleventyOptions {
    quietMode?: boolean;
    pathPrefix?: string;
    configPath?: string | false;
    config?: (config: UserConfig) => unknown;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Resolves to the passthrough copies and the written pages. */
    write(): Promise<[unknown, PageResult[]]>;
    toJSON(): Promise<PageResult[]>;
    disableLogger(): void;
  }

  export const EleventyHtmlBasePlugin: unknown;
}
