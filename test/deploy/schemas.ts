import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import type { K8sObject } from "./render.js";

const SCHEMA_DIR = resolve(import.meta.dirname, "schemas");

/**
 * Makes a schema reject unknown fields, as kubeconform's `-strict` schemas do: every object
 * schema that lists its properties and says nothing about others gets `additionalProperties:
 * false`. The API server prunes or rejects such fields; a typo (`livenesProbe`) would otherwise
 * pass validation and be silently dropped.
 */
export function strict(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === "enum" ? value : strict(value);
  if (
    out.properties !== undefined &&
    out.additionalProperties === undefined &&
    !out["x-kubernetes-preserve-unknown-fields"]
  )
    out.additionalProperties = false;
  return out;
}

/**
 * The CRD schemas hold Go (RE2) patterns, some with a `(?i)` group (case-insensitive from there
 * on, in practice the whole pattern); JavaScript takes that as the `i` flag.
 */
const goRegExp = Object.assign(
  (pattern: string, flags: string) =>
    pattern.includes("(?i)") ? new RegExp(pattern.replaceAll("(?i)", ""), `${flags}i`) : new RegExp(pattern, flags),
  { code: "new RegExp" },
);

/** `<kind>-<group>-<version>.json` as the vendored files are named (core kinds have no group). */
function schemaFileOf(obj: Pick<K8sObject, "apiVersion" | "kind">): string {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["", obj.apiVersion];
  const shortGroup = group === "" ? "" : `-${group!.split(".")[0]}`;
  return `${obj.kind.toLowerCase()}${shortGroup}-${version}.json`;
}

/** Validates objects against the vendored Kubernetes v1.34 and prometheus-operator schemas, strictly. */
export class StrictValidator {
  private readonly ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: false,
    code: { regExp: goRegExp },
  });
  private readonly byFile = new Map<string, ValidateFunction>();
  private readonly files = new Map<string, string>();

  constructor() {
    for (const dir of readdirSync(SCHEMA_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const file of readdirSync(join(SCHEMA_DIR, dir.name)))
        if (file.endsWith(".json")) this.files.set(file, join(SCHEMA_DIR, dir.name, file));
  }

  /** The schema errors of one object (empty when valid); an object of an unvendored kind is an error. */
  errors(obj: K8sObject): string[] {
    const file = schemaFileOf(obj);
    let validate = this.byFile.get(file);
    if (!validate) {
      const path = this.files.get(file);
      if (!path) return [`no vendored schema ${file} for ${obj.apiVersion} ${obj.kind}`];
      const { $comment: _, ...schema } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      validate = this.ajv.compile(strict(schema) as object);
      this.byFile.set(file, validate);
    }
    const where = `${obj.kind}/${obj.metadata.name}`;
    if (validate(obj)) return [];
    return (validate.errors ?? []).map(
      (e) =>
        `${where}${e.instancePath} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`,
    );
  }
}
