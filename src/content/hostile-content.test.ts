/**
 * #8: hostile front matter and text. Front-matter engines other than YAML,
 * huge and deeply nested YAML, control and spoofing characters, adversarial
 * strings at the size limit, and what the messages show of such values.
 */
import { describe, expect, it } from "vitest";
import { limits, offerSchema, providerSchema } from "../schema/offer.js";
import { textProblem } from "../schema/text.js";
import { fullOffer, provider } from "../schema/__fixtures__/offers.js";
import { checkOffer } from "./load.js";
import { germanMessage } from "./messages.js";
import { offerFileText } from "./offer-file.js";
import { parseSource } from "./source.js";

const encoder = new TextEncoder();
const parse = (text: string) => parseSource("offers/t/kurs.md", encoder.encode(text));
/** Sets a field by its path as providers write it, e.g. `locations[0].address`. */
function setAt(data: Record<string, unknown>, field: string, value: string) {
  const keys = field.replace(/\[(\d+)\]/g, ".$1").split(".");
  let target = data;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1) ?? ""] = value;
}

const check = (data: Record<string, unknown>, body = "Text.\n") => {
  const parsed = parse(offerFileText(data, body));
  if (!parsed.ok) return parsed.diagnostics;
  return checkOffer(parsed.source).diagnostics.filter((diagnostic) => diagnostic.severity === "error");
};

describe("#8: front matter is YAML and nothing else", () => {
  for (const engine of ["js", "javascript", "coffee", "json", "toml"]) {
    it(`refuses ---${engine} front matter without running it`, () => {
      const marker = `bb_executed_${engine}`;
      const text = `---${engine}\n{ title: (globalThis.${marker} = 1, "x") }\n---\nText.\n`;
      const parsed = parse(text);
      expect(parsed.ok).toBe(false);
      expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
      if (!parsed.ok) expect(parsed.diagnostics[0]?.message).toContain("nur YAML");
    });
  }

  it("refuses deeply nested YAML quickly and without a stack overflow", () => {
    const depth = 50_000;
    const started = performance.now();
    const parsed = parse(`---\ntitle: ${"[".repeat(depth)}${"]".repeat(depth)}\n---\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]?.message).toContain("verschachtelt");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses thousands of keys and very long lines before YAML parses them", () => {
    const started = performance.now();
    const keys = parse(`---\n${Array.from({ length: 20_000 }, (_, index) => `k${index}: 1`).join("\n")}\n---\n`);
    const line = parse(`---\ntitle: ${"a: ".repeat(60_000)}\n---\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(keys.ok || keys.diagnostics[0]?.message).toContain("Der Kopf der Datei ist zu lang");
    expect(line.ok || line.diagnostics[0]).toMatchObject({ line: 2, message: expect.stringContaining("zu lang") });
  });

  it("refuses an alias bomb", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++)
      lines.push(
        `${"abcdefghi"[level]}: &${"abcdefghi"[level]} [${Array(9)
          .fill(`*${"abcdefghi"[level - 1]}`)
          .join(",")}]`,
      );
    const parsed = parse(`---\n${lines.join("\n")}\n---\n`);
    expect(parsed.ok).toBe(false);
  });

  it("reports a duplicated key", () => {
    const parsed = parse(`---\ntitle: "A"\ntitle: "B"\n---\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]?.message).toContain("doppelt");
  });
});

/** The free-text fields of an offer. */
const textFields = [
  "title",
  "summary",
  "duration",
  "degree",
  "childcare",
  "requirements",
  "costs.note",
  "contact.name",
  "locations[0].address",
  "keywords[0]",
] as const;

describe("#8: text that every output format can carry", () => {
  const withValue = (field: string, value: string): Record<string, unknown> => {
    const data = structuredClone(fullOffer) as Record<string, unknown>;
    setAt(data, field, value);
    return data;
  };

  const padded = (field: string, text: string) =>
    field === "summary" ? `${text} Ein Kurs für alle, die im Beruf neu anfangen wollen.` : `${text} Kurs`;

  for (const [name, character] of [
    ["a C0 control (BEL)", "\u0007"],
    ["ESC", "\u001b"],
    ["a C1 control", "\u0085"],
    ["U+FFFE", "\ufffe"],
    ["U+FFFF", "\uffff"],
    ["a lone surrogate", "\ud800"],
  ] as const) {
    it(`refuses ${name} in every text field, naming the field`, () => {
      for (const field of textFields) {
        const errors = check(withValue(field, padded(field, `A${character}B`)));
        expect(
          errors.map((error) => error.field),
          field,
        ).toContain(field);
      }
    });
  }

  it("refuses bidi overrides and zero-width characters in titles, summaries and names", () => {
    for (const character of ["\u202e", "\u2066", "\u200b", "\ufeff"]) {
      for (const field of ["title", "summary", "contact.name"]) {
        expect(
          check(withValue(field, padded(field, `Kurs${character}txt.exe`))).map((error) => error.field),
          `${field} ${escape(character)}`,
        ).toContain(field);
      }
    }
    const profile = { ...provider, name: "Bildungswerk\u202e Beispiel" };
    const parsed = providerSchema.safeParse(profile);
    expect(parsed.success).toBe(false);
  });

  it("accepts tabs and line breaks in long texts, and Arabic and emoji in titles", () => {
    expect(check(withValue("requirements", "Zeile eins\nZeile zwei\tmit Tab"))).toEqual([]);
    expect(check(withValue("title", "Deutsch für Anfänger – دورة اللغة الألمانية 🇩🇪"))).toEqual([]);
  });

  it("refuses a registration link that is not a real https URL", () => {
    for (const url of [
      "https://",
      "https://exa mple.org",
      "javascript:alert(1)",
      "https://a..b",
      "http://example.org",
    ]) {
      expect(
        check(withValue("registration_url", url)).map((error) => error.field),
        url,
      ).toContain("registration_url");
    }
    expect(check(withValue("registration_url", "https://example.org/kurs?id=1#anmeldung"))).toEqual([]);
  });
});

describe("#8: linear-time validation", () => {
  const shapes = (size: number) => [
    "a.".repeat(size / 2),
    "-".repeat(size),
    "@".repeat(size),
    " ".repeat(size),
    "[".repeat(size / 2) + "]".repeat(size / 2),
    `https://${"a.".repeat(size / 2)}`,
    `https://${"a.".repeat(size / 2)} x`,
    `${"a.".repeat(size / 2)} x`,
    `${"a".repeat(size)}@${"a.".repeat(size / 2)}`,
    `+${"0 ".repeat(size / 2)}x`,
  ];
  const stringFields = [
    ...textFields,
    "registration_url",
    "updated",
    "valid_until",
    "contact.phone",
    "contact.email",
    "dates[0].start",
    "languages[0]",
    "format",
  ];

  it("judges every string field with adversarial shapes at and far beyond the size limit in well under a second", () => {
    for (const size of [limits.textMax, 200_000]) {
      for (const field of stringFields) {
        for (const shape of shapes(size)) {
          const data = structuredClone(fullOffer) as Record<string, unknown>;
          setAt(data, field, shape);
          const started = performance.now();
          const parsed = offerSchema.safeParse(data);
          const elapsed = performance.now() - started;
          expect(elapsed, `${field} ${shape.slice(0, 12)}… (${shape.length})`).toBeLessThan(250);
          if (size > limits.textMax) expect(parsed.success, field).toBe(false);
        }
      }
    }
  });

  it("checks the length first: a value far over the limit gets one message, the length", () => {
    const data = structuredClone(fullOffer) as Record<string, unknown>;
    data.registration_url = `https://${"a.".repeat(100_000)}`;
    const parsed = offerSchema.safeParse(data);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.code)).toEqual(["too_big"]);
  });

  it("judges a whole file of adversarial YAML in well under a second", () => {
    const body = `---\ntitle: "${"a.".repeat(90_000)}"\nsummary: ${"- ".repeat(5000)}\n---\n${"[".repeat(50_000)}\n`;
    const started = performance.now();
    const parsed = parse(body);
    if (parsed.ok) checkOffer(parsed.source);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("#8: safe terminal output", () => {
  it("quotes provider values shortened to at most 80 characters, with control characters visible", () => {
    const errors = check({ ...fullOffer, format: `x\u001b]0;gehackt\u0007${"y".repeat(500)}` });
    const message = errors.find((error) => error.field === "format")?.message ?? "";
    expect(textProblem(message)).toBeUndefined();
    expect(message).toContain("\\x1B");
    const quoted = /„([^“]*)“/.exec(message)?.[1] ?? "";
    expect(quoted.length).toBeLessThanOrEqual(80);
    expect(quoted.endsWith("…")).toBe(true);
  });

  it("keeps the report for thousands of unknown keys short: count plus the first few", () => {
    const data: Record<string, unknown> = { ...fullOffer };
    for (let index = 0; index < 5000; index++) data[`feld${index}`] = index;
    const issues = offerSchema.safeParse(data).error?.issues ?? [];
    const text = issues.map((issue) => germanMessage(issue, data, offerSchema)).join("\n");
    expect(text.length).toBeLessThan(1500);
    expect(text).toContain("5000 unbekannte Felder");
    expect(text).toContain("feld0");
    // A file cannot even hold that many: the front matter is limited to 1000 lines.
    expect(check(data)[0]?.message).toContain("Der Kopf der Datei ist zu lang");
  });
});
