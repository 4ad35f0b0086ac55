/**
 * The frame of every script in `scripts/`: German help (`--help`), a German
 * usage message for wrong arguments instead of Node's English parse errors,
 * and one German line for any unexpected failure, with where to report it
 * (the stack only with `--debug`). Scripts hand over their options and a
 * `main` returning the exit code.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { suggest } from "../content/suggest.js";

/** A mistake in the command line, explained in German; printed with the usage line. */
export class UsageError extends Error {}

/** A failure the script explains itself in German (e.g. a missing Chromium); printed as it is, no report request. */
export class ExplainedError extends Error {}

/** One option of a script: parseArgs's definition and a German help line. */
export interface CliOption {
  readonly type: "string" | "boolean";
  readonly default?: string | boolean;
  readonly multiple?: boolean;
  /** German help line; `value` names the option's value in the help, e.g. `<ordner>`. */
  readonly help: string;
  readonly value?: string;
}

/** A script's command line. */
export interface CliSpec<Options extends Readonly<Record<string, CliOption>>> {
  /** The npm script name, e.g. `validate`. */
  readonly command: string;
  /** What follows `npm run <command> --`, e.g. `[<Datei oder Ordner> …] [--json]`. */
  readonly usage: string;
  /** German description for `--help`. */
  readonly description: string;
  readonly options: Options;
  /** True when the script takes words without `--` (files, folders). */
  readonly positionals?: boolean;
}

type Values<Options extends Readonly<Record<string, CliOption>>> = {
  [Key in keyof Options]: Options[Key]["type"] extends "boolean"
    ? boolean
    : Options[Key]["default"] extends string
      ? string
      : string | undefined;
};

/** The parsed command line a script's `main` gets. */
export interface CliArgs<Options extends Readonly<Record<string, CliOption>>> {
  readonly values: Values<Options>;
  readonly positionals: readonly string[];
}

const frameOptions: Readonly<Record<string, CliOption>> = {
  debug: { type: "boolean", help: "bei einem unerwarteten Fehler die technischen Einzelheiten zeigen" },
  help: { type: "boolean", help: "diese Hilfe" },
};

/** Where people report a failure that is not their mistake. */
const reportTo =
  "Bitte melden Sie das der Netzwerkstelle (Kontakt in der README, Abschnitt „Hilfe“) und schicken Sie die Ausgabe mit";

const usageLine = (spec: CliSpec<Readonly<Record<string, CliOption>>>) =>
  `Aufruf: npm run ${spec.command}${spec.usage === "" ? "" : ` -- ${spec.usage}`}`;

/** The German help text of a script. */
export function helpText(spec: CliSpec<Readonly<Record<string, CliOption>>>): string {
  const all: Readonly<Record<string, CliOption>> = { ...spec.options, ...frameOptions };
  const options = Object.entries(all).map(([name, option]) => ({
    flag: `--${name}${option.type === "string" ? ` ${option.value ?? "<wert>"}` : ""}`,
    help: option.help,
  }));
  const width = Math.max(...options.map((option) => option.flag.length));
  return [
    usageLine(spec),
    "",
    spec.description,
    "",
    ...options.map((option) => `  ${option.flag.padEnd(width)}  ${option.help}`),
  ].join("\n");
}

/** A German sentence for one of Node's parseArgs errors. */
function argumentMistake(error: unknown, names: readonly string[]): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : "";
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = quoted.split("=")[0] ?? quoted;
    const guess = suggest(option.replace(/^-+/, ""), names);
    return `Unbekannte Angabe ${option}.${guess === undefined ? "" : ` Meinten Sie --${guess}?`}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /(--?[\w-]+)/.exec(message)?.[1] ?? quoted;
    return message.includes("does not take an argument")
      ? `${option} steht allein, ohne Wert (z. B. ${option}, nicht ${option}=ja).`
      : `${option} braucht einen Wert, z. B. ${option} <wert>.`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return `Unerwartete Angabe „${quoted}“: Dieser Befehl nimmt keine Dateien oder Wörter ohne -- davor.`;
  }
  return "Die Angaben sind unvollständig.";
}

/** A German line for a failed file-system call, from its error code. */
function systemFailure(error: NodeJS.ErrnoException): string | undefined {
  const where = error.path === undefined ? "" : ` (${error.path})`;
  const reasons: Record<string, string> = {
    ENOENT: "Eine Datei oder ein Ordner fehlt",
    EACCES: "Es fehlt die Berechtigung für eine Datei oder einen Ordner",
    EPERM: "Es fehlt die Berechtigung für eine Datei oder einen Ordner",
    ENOTDIR: "Ein Teil des Pfads ist eine Datei, kein Ordner",
    EISDIR: "Statt einer Datei steht dort ein Ordner",
    EEXIST: "Eine Datei oder ein Ordner ist schon vorhanden",
    ENOSPC: "Der Datenträger ist voll",
    EROFS: "Der Datenträger ist schreibgeschützt",
  };
  const reason = error.code === undefined ? undefined : reasons[error.code];
  return reason === undefined ? undefined : `${reason}${where}.`;
}

/**
 * Runs a script: parses its arguments, shows help or the usage message, calls
 * `main`, and turns any exception into one German line. Sets the exit code.
 */
export async function runCli<const Options extends Readonly<Record<string, CliOption>>>(
  spec: CliSpec<Options>,
  main: (args: CliArgs<Options>) => Promise<number> | number,
): Promise<void> {
  const allOptions: Readonly<Record<string, CliOption>> = { ...spec.options, ...frameOptions };
  const config: ParseArgsConfig["options"] = Object.fromEntries(
    Object.entries(allOptions).map(([name, option]) => [
      name,
      {
        type: option.type,
        ...(option.default === undefined ? {} : { default: option.default }),
        ...(option.multiple === true ? { multiple: true } : {}),
      },
    ]),
  ) as ParseArgsConfig["options"];
  const usage = (mistake: string) => {
    console.error(
      `Die Angaben beim Aufruf stimmen nicht. ${mistake}\n${usageLine(spec)}\nMehr dazu: npm run ${spec.command} -- --help`,
    );
    process.exitCode = 1;
  };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: config,
      allowPositionals: spec.positionals === true,
      strict: true,
    });
  } catch (error) {
    usage(argumentMistake(error, Object.keys(allOptions)));
    return;
  }
  const debug = parsed.values.debug === true;
  if (parsed.values.help === true) {
    console.log(helpText(spec));
    process.exitCode = 0;
    return;
  }
  try {
    process.exitCode = await main({ values: parsed.values as Values<Options>, positionals: parsed.positionals });
  } catch (error) {
    if (error instanceof UsageError) {
      usage(error.message);
      return;
    }
    process.exitCode = 1;
    if (error instanceof ExplainedError) {
      console.error(error.message);
    } else {
      const known = systemFailure(error as NodeJS.ErrnoException);
      console.error(
        `Unerwarteter Fehler bei npm run ${spec.command}${known === undefined ? "." : `: ${known}`} ${reportTo}` +
          `${debug ? "." : `, am besten mit den Einzelheiten von npm run ${spec.command} -- --debug.`}`,
      );
    }
    if (debug) console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}
